import type { Report, ReportFilter, YearFigure } from '#shared/reports/reportModel';
import type { ReportEvent, ReportRequest } from './reportProtocol.ts';

type ReportRequestBody = ReportRequest extends infer R ? (R extends unknown ? Omit<R, 'requestId'> : never) : never;

/** A computed report with the choices its filter offers. */
export type ReportResult = Readonly<{
  report: Report;
  coordinators: readonly string[];
  fiscalYears: readonly number[];
}>;

/** The page's side of the report worker: one request at a time per call, progress as it comes. */
export type ReportClient = Readonly<{
  compute: (filter: ReportFilter, onProgress: (done: number, total: number) => void) => Promise<ReportResult>;
  workbook: (filter: ReportFilter, language: 'ja' | 'en') => Promise<Uint8Array<ArrayBuffer>>;
  /** The records one figure counts (null when the table or row does not exist). */
  records: (
    filter: ReportFilter,
    tableId: string,
    key: string,
    side: 'current' | 'previous',
  ) => Promise<YearFigure | null>;
  dispose: () => void;
}>;

/** Starts a report worker (a module worker, bundled by Vite). */
export function createReportClient(): ReportClient {
  const worker = new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module', name: 'report' });
  let nextId = 1;
  const waiting = new Map<number, (event: ReportEvent) => void>();
  worker.addEventListener('message', (message: MessageEvent<ReportEvent>) =>
    waiting.get(message.data.requestId)?.(message.data),
  );
  const ask = <T>(
    request: ReportRequestBody,
    settle: (event: ReportEvent) => T | undefined,
    onProgress?: (done: number, total: number) => void,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const requestId = nextId++;
      waiting.set(requestId, (event) => {
        if (event.type === 'progress') return onProgress?.(event.done, event.total);
        waiting.delete(requestId);
        if (event.type === 'failed') return reject(new Error(event.message));
        const value = settle(event);
        if (value !== undefined) resolve(value);
      });
      worker.postMessage({ ...request, requestId });
    });
  return {
    compute: (filter, onProgress) =>
      ask(
        { type: 'compute', filter },
        (event) =>
          event.type === 'report'
            ? { report: event.report, coordinators: event.coordinators, fiscalYears: event.fiscalYears }
            : undefined,
        onProgress,
      ),
    workbook: (filter, language) =>
      ask({ type: 'workbook', filter, language }, (event) => (event.type === 'workbook' ? event.bytes : undefined)),
    records: (filter, tableId, key, side) =>
      ask({ type: 'records', filter, tableId, key, side }, (event) =>
        event.type === 'records' ? { figure: event.figure } : undefined,
      ).then(({ figure }) => figure),
    dispose: () => worker.terminate(),
  };
}
