import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { visitsTable } from '../export/listTables.ts';
import { useExportLabels } from '../export/useExportLabels.ts';
import { useDateDisplay } from './useDateDisplay.ts';
import { orderVisits, type VisitFilter } from './visitOrder.ts';
import './visits.css';

const pageSize = 200;

/** `#/visits`: recent visit logs, drafts first, filtered by company and date range. */
export function VisitListPage(): ReactNode {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const formatDay = useDateDisplay();
  const visits = useLiveQuery(() => repositories.visits.list(), [repositories]);
  const companies = useLiveQuery(() => repositories.companies.listByKana(), [repositories]);
  const [filter, setFilter] = useState<VisitFilter>({ companyId: '', from: '', to: '' });
  const names = useMemo(() => new Map((companies ?? []).map((c) => [c.id as string, c.name])), [companies]);
  const shown = useMemo(() => orderVisits(visits ?? [], filter), [visits, filter]);
  // Rows are added a page at a time: years of visits would make one table too slow to lay out.
  const [limit, setLimit] = useState(pageSize);
  const labels = useExportLabels(names);

  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('nav.visits')}</h1>
        <Link to="/visits/new" className="button-link">
          {t('visits.list.newVisit')}
        </Link>
        <ExportButton
          lists={[{ id: 'visits', label: t('export.sheets.visits'), build: () => visitsTable(shown, labels) }]}
        />
      </header>
      <search className="filters" aria-label={t('visits.list.filters')}>
        <label>
          {t('visits.list.company')}
          <select value={filter.companyId} onChange={(e) => setFilter({ ...filter, companyId: e.target.value })}>
            <option value="">{t('visits.list.allCompanies')}</option>
            {companies?.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('visits.list.from')}
          <input type="date" value={filter.from} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
        </label>
        <label>
          {t('visits.list.to')}
          <input type="date" value={filter.to} onChange={(e) => setFilter({ ...filter, to: e.target.value })} />
        </label>
        <span className="muted" role="status">
          {visits === undefined ? '' : t('visits.list.count', { count: shown.length })}
        </span>
      </search>
      {visits !== undefined && shown.length === 0 ? (
        <p>{visits.length === 0 ? t('visits.list.empty') : t('visits.list.noMatch')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('visits.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('visits.list.date')}</th>
              <th scope="col">{t('visits.list.company')}</th>
              <th scope="col">{t('visits.list.purpose')}</th>
              <th scope="col">{t('visits.list.state')}</th>
              <th scope="col">{t('visits.list.summary')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((visit) => (
              <tr key={visit.id}>
                <td>
                  <Link to={`/visits/${visit.id}`}>
                    {formatDay(visit.date)}
                    {visit.startTime !== '' && ` ${visit.startTime}`}
                  </Link>
                </td>
                <td>{names.get(visit.companyId) ?? t('visits.list.unknownCompany')}</td>
                <td>{visit.purpose === '' ? '' : t(`data.visitPurposes.${visit.purpose}`)}</td>
                <td>
                  <span className={`badge ${visit.state}`}>{t(`data.visitStates.${visit.state}`)}</span>
                </td>
                <td className="summary-cell">{visit.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > limit && (
        <button type="button" className="secondary more" onClick={() => setLimit(limit + pageSize)}>
          {t('visits.list.more', { count: Math.min(pageSize, shown.length - limit) })}
        </button>
      )}
    </section>
  );
}
