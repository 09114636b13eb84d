import { useEffect, useRef, useState } from 'react';
import type { ReportFilter } from '#shared/reports/reportModel';
import { createReportClient, type ReportClient, type ReportResult } from './reportClient.ts';

/** Where a report stands: counting (with progress), ready, or failed. */
export type ReportState =
  | Readonly<{ kind: 'computing'; done: number; total: number; last: ReportResult | null }>
  | Readonly<{ kind: 'ready'; result: ReportResult }>
  | Readonly<{ kind: 'failed'; message: string; last: ReportResult | null }>;

/** Counts the report of a filter in a worker, again whenever the filter changes; gives the worker for exports. */
export function useReport(filter: ReportFilter): Readonly<{ state: ReportState; client: ReportClient | null }> {
  const [client, setClient] = useState<ReportClient | null>(null);
  const [state, setState] = useState<ReportState>({ kind: 'computing', done: 0, total: 0, last: null });
  const last = useRef<ReportResult | null>(null);
  useEffect(() => {
    const created = createReportClient();
    // The worker is an external resource: it lives while the report page is open.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- publishing the resource this effect created
    setClient(created);
    return () => created.dispose();
  }, []);
  const { fiscalYear, coordinator, region } = filter;
  useEffect(() => {
    if (client === null) return;
    let current = true;

    setState({ kind: 'computing', done: 0, total: 0, last: last.current });
    client
      .compute({ fiscalYear, coordinator, region }, (done, total) => {
        if (current) setState({ kind: 'computing', done, total, last: last.current });
      })
      .then(
        (result) => {
          last.current = result;
          if (current) setState({ kind: 'ready', result });
        },
        (error: unknown) => {
          if (current) setState({ kind: 'failed', message: String(error), last: last.current });
        },
      );
    return () => {
      current = false;
    };
  }, [client, fiscalYear, coordinator, region]);
  return { state, client };
}
