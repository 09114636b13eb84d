import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { regionIds } from '#shared/master/regions';
import { reportYearLabel, rowLabel, type ReportLabels } from '#shared/reports/reportLabels';
import type { ReportFilter, ReportTable } from '#shared/reports/reportModel';
import { fiscalYearOf } from '#shared/text/japaneseDate';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { useUrlFilter } from '../../ui/useUrlFilter.ts';
import { localToday } from '../../ui/useDateFormat.ts';
import { ReportChart } from './ReportChart.tsx';
import { saveFile } from '../export/saveExport.ts';
import { filterFromParams, paramsOfFilter, recordsPath } from './reportUrl.ts';
import { useReport } from './useReport.ts';
import './reports.css';

/** The labels the report screens use: UI texts and seed titles from the database. */
export function useReportLabels(): ReportLabels {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const seeds = useLiveQuery(() => repositories.seeds.list(), [repositories]);
  const titles = new Map((seeds ?? []).map((seed) => [seed.id as string, seed.title]));
  return {
    t: (key, values) => t(key as 'reports.title', { ...values }),
    companyName: (id) => id,
    seedTitle: (id) => titles.get(id) ?? id,
  };
}

/** The report filter kept in the URL, this fiscal year by default. */
export function useReportFilter(): readonly [ReportFilter, (next: ReportFilter) => void] {
  const thisYear = fiscalYearOf(localToday());
  const fromParams = useCallback((params: URLSearchParams) => filterFromParams(params, thisYear), [thisYear]);
  return useUrlFilter(fromParams, paramsOfFilter);
}

const ratioText = (ratio: number | null) => (ratio === null ? '—' : `${(ratio * 100).toFixed(0)}%`);

/** One report table: its chart beside its table, every figure a link to the records it counts. */
export function ReportTableView({
  table,
  filter,
  labels,
  years,
}: Readonly<{
  table: ReportTable;
  filter: ReportFilter;
  labels: ReportLabels;
  years: Readonly<{ current: string; previous: string }>;
}>): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = t(`reports.tables.${table.id}` as 'reports.tables.funnel');
  const labelOf = (key: string) => rowLabel(table.dimension, key, labels);
  return (
    <section className="report-table" aria-label={title}>
      <h3>{title}</h3>
      <div className="report-table-body">
        <ReportChart
          table={table}
          labelOf={labelOf}
          years={years}
          title={t('reports.chart', { table: title })}
          onOpen={(key, side) => void navigate(recordsPath(filter, table.id, key, side))}
        />
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reports.columns.category')}</th>
              <th scope="col">{years.current}</th>
              <th scope="col">{years.previous}</th>
              <th scope="col">{t('reports.columns.difference')}</th>
              <th scope="col">{t('reports.columns.ratio')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{labelOf(row.key)}</th>
                <td>
                  <Link to={recordsPath(filter, table.id, row.key, 'current')}>{row.current.value}</Link>
                </td>
                <td>
                  <Link to={recordsPath(filter, table.id, row.key, 'previous')}>{row.previous.value}</Link>
                </td>
                <td>{row.difference > 0 ? `+${row.difference}` : row.difference}</td>
                <td>{ratioText(row.ratio)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** `#/reports`: a fiscal year's figures beside last year's, as charts with their tables. */
export function ReportPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'ja';
  const [filter, setFilter] = useReportFilter();
  const { state, client } = useReport(filter);
  const labels = useReportLabels();
  const [saving, setSaving] = useState<string>('');
  const result = state.kind === 'ready' ? state.result : state.last;
  const years = {
    current: reportYearLabel(filter.fiscalYear, language),
    previous: reportYearLabel(filter.fiscalYear - 1, language),
  };
  const yearChoices = [
    ...new Set([filter.fiscalYear, fiscalYearOf(localToday()), ...(result?.fiscalYears ?? [])]),
  ].sort((a, b) => b - a);
  const exportWorkbook = () => {
    if (client === null) return;
    setSaving(t('export.busy'));
    client
      .workbook(filter, language)
      .then((bytes) => saveFile(`${t('reports.title')}-${filter.fiscalYear}.xlsx`, bytes))
      .then(
        (outcome) =>
          setSaving(
            outcome.kind === 'saved'
              ? t('export.saved', { path: outcome.path })
              : outcome.kind === 'downloaded'
                ? t('export.downloaded', { name: outcome.name })
                : t('export.cancelled'),
          ),
        (error: unknown) => setSaving(t('export.failed', { detail: String(error) })),
      );
  };
  return (
    <section className="page report-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('reports.title')}</h1>
        <button type="button" onClick={exportWorkbook} disabled={client === null}>
          {t('reports.excel')}
        </button>
        <Link className="button-link" to={`/print/report?${paramsOfFilter(filter).toString()}`}>
          {t('reports.print')}
        </Link>
        <output className="muted">{saving}</output>
      </header>
      <p>{t('reports.intro')}</p>
      <search className="filters" aria-label={t('reports.title')}>
        <label>
          {t('reports.fiscalYear')}
          <select
            value={filter.fiscalYear}
            onChange={(event) => setFilter({ ...filter, fiscalYear: Number(event.target.value) })}
          >
            {yearChoices.map((year) => (
              <option key={year} value={year}>
                {reportYearLabel(year, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.coordinator')}
          <select
            value={filter.coordinator}
            onChange={(event) => setFilter({ ...filter, coordinator: event.target.value })}
          >
            <option value="">{t('reports.all')}</option>
            {(result?.coordinators ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.region')}
          <select
            value={filter.region}
            onChange={(event) => setFilter({ ...filter, region: event.target.value as ReportFilter['region'] })}
          >
            <option value="">{t('reports.all')}</option>
            {regionIds.map((region) => (
              <option key={region} value={region}>
                {t(`data.regions.${region}`)}
              </option>
            ))}
          </select>
        </label>
      </search>
      <p role="status" className="muted">
        {state.kind === 'computing' ? t('reports.computing', { done: state.done, total: state.total }) : ''}
        {state.kind === 'failed' ? t('reports.failed', { detail: state.message }) : ''}
      </p>
      {state.kind === 'ready'
        ? state.result.report.sections.map((section) => (
            <section key={section.id} className="report-section" aria-labelledby={`report-${section.id}`}>
              <h2 id={`report-${section.id}`}>{t(`reports.sections.${section.id}`)}</h2>
              {section.tables.map((table) => (
                <ReportTableView key={table.id} table={table} filter={filter} labels={labels} years={years} />
              ))}
            </section>
          ))
        : null}
    </section>
  );
}
