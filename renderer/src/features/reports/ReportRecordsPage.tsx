import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { reportYearLabel, rowLabel } from '#shared/reports/reportLabels';
import type { ReportRecordTable, YearFigure } from '#shared/reports/reportModel';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { useDateFormat } from '../../ui/useDateFormat.ts';
import { paramsOfFilter } from './reportUrl.ts';
import { useReport } from './useReport.ts';
import { useReportFilter, useReportLabels } from './ReportPage.tsx';
import './reports.css';

type Line = Readonly<{ id: string; date: string; title: string; detail: string; to: string }>;

function useLines(figure: YearFigure | null): readonly Line[] | undefined {
  const db = useDatabase();
  const { t } = useTranslation();
  return useLiveQuery(async () => {
    if (figure === null) return [];
    const ids = [...figure.ids];
    const companies = new Map((await db.companies.toArray()).map((c) => [c.id as string, c.name]));
    const company = (id: string) => companies.get(id) ?? '';
    const table: ReportRecordTable = figure.table;
    switch (table) {
      case 'visits':
        return (await db.visits.bulkGet(ids)).flatMap((v) =>
          v === undefined
            ? []
            : [
                {
                  id: v.id,
                  date: v.date,
                  title: company(v.companyId),
                  detail: [v.purpose === '' ? '' : t(`data.visitPurposes.${v.purpose}`), v.coordinator].join(' '),
                  to: `/visits/${v.id}`,
                },
              ],
        );
      case 'companies':
        return (await db.companies.bulkGet(ids)).flatMap((c) =>
          c === undefined
            ? []
            : [
                {
                  id: c.id,
                  date: '',
                  title: c.name,
                  detail: t(`data.companyKinds.${c.kind}`),
                  to: `/companies/${c.id}`,
                },
              ],
        );
      case 'needs':
        return (await db.needs.bulkGet(ids)).flatMap((n) =>
          n === undefined
            ? []
            : [
                {
                  id: n.id,
                  date: '',
                  title: n.title,
                  detail: `${company(n.companyId)} ${t(`data.needStatuses.${n.status}`)}`,
                  to: `/needs/${n.id}`,
                },
              ],
        );
      case 'seeds':
        return (await db.seeds.bulkGet(ids)).flatMap((s) =>
          s === undefined ? [] : [{ id: s.id, date: '', title: s.title, detail: '', to: `/seeds/${s.id}` }],
        );
      case 'matches':
        return (await db.matches.bulkGet(ids)).flatMap((m) =>
          m === undefined
            ? []
            : [
                {
                  id: m.id,
                  date: '',
                  title: t(`data.matchStatuses.${m.status}`),
                  detail: '',
                  to: `/needs/${m.needId}`,
                },
              ],
        );
      case 'events':
        return (await db.events.bulkGet(ids)).flatMap((e) =>
          e === undefined
            ? []
            : [
                {
                  id: e.id,
                  date: e.date,
                  title: e.title,
                  detail: t(`data.eventKinds.${e.kind}`),
                  to: `/events/${e.id}`,
                },
              ],
        );
    }
  }, [db, figure, t]);
}

/** `#/reports/records?…`: exactly the records one figure of the report counts. */
export function ReportRecordsPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'ja';
  const [params] = useSearchParams();
  const [filter] = useReportFilter();
  const { state, client } = useReport(filter);
  const labels = useReportLabels();
  const formatDate = useDateFormat();
  const tableId = params.get('table') ?? '';
  const key = params.get('key') ?? '';
  const side = params.get('year') === 'previous' ? 'previous' : 'current';
  const table =
    state.kind === 'ready'
      ? state.result.report.sections.flatMap((s) => s.tables).find((candidate) => candidate.id === tableId)
      : undefined;
  const row = table?.rows.find((candidate) => candidate.key === key);
  const [figure, setFigure] = useState<YearFigure | null>(null);
  useEffect(() => {
    if (client === null || row === undefined) return;
    let current = true;
    void client.records(filter, tableId, key, side).then((found) => {
      if (current) setFigure(found);
    });
    return () => {
      current = false;
    };
  }, [client, row, filter, tableId, key, side]);
  const lines = useLines(figure);
  const year = side === 'current' ? filter.fiscalYear : filter.fiscalYear - 1;
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">
          {table === undefined
            ? t('reports.title')
            : t('reports.records', {
                table: t(`reports.tables.${table.id}` as 'reports.tables.funnel'),
                row: rowLabel(table.dimension, key, labels),
                year: reportYearLabel(year, language),
              })}
        </h1>
        <Link to={`/reports?${paramsOfFilter(filter).toString()}`}>{t('reports.back')}</Link>
      </header>
      {figure === null ? (
        <p role="status" className="muted">
          {state.kind === 'computing' ? t('reports.computing', { done: state.done, total: state.total }) : ''}
        </p>
      ) : (
        <>
          <p>{t('reports.recordsCount', { count: figure.ids.length })}</p>
          <ul className="report-records" aria-label={t('reports.title')}>
            {(lines ?? []).map((line) => (
              <li key={line.id}>
                {line.date === '' ? null : <span>{formatDate(line.date)}</span>}
                <Link to={line.to}>{line.title}</Link>
                <span className="muted">{line.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
