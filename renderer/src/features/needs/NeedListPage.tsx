import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Need } from '#shared/domain/need';
import { filterNeeds, needFilterFromParams, type NeedFilter } from '#shared/needs/needFilter';
import { regionIds } from '#shared/master/regions';
import { needStatuses, researchFields } from '#shared/master/vocabularies';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { needsTable } from '../export/listTables.ts';
import { useExportLabels } from '../export/useExportLabels.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useUrlFilter } from '../../ui/useUrlFilter.ts';
import { needFilterToParams } from './needFilterParams.ts';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { useDateFormat } from '../../ui/useDateFormat.ts';

// A table of every need would be tens of thousands of rows; the filters narrow it instead.
const shownAtMost = 300;

/** ニーズ: company needs, newest first, filtered by status, field and region. */
export function NeedListPage(): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const formatDate = useDateFormat();
  const id = useId();
  const [filter, changeFilter] = useUrlFilter(needFilterFromParams, needFilterToParams);
  const data = useLiveQuery(async () => {
    const [needs, companies] = await Promise.all([
      db.needs.orderBy('updatedAt').reverse().toArray(),
      db.companies.toArray(),
    ]);
    return {
      needs: needs.filter((need) => !need.deleted) as unknown as Need[],
      companies: new Map(
        companies.map((company) => [company.id, { name: company.name, region: company.region }] as const),
      ),
    };
  }, [db]);
  const shown = useMemo(
    () => (data === undefined ? [] : filterNeeds(data.needs, filter, data.companies)),
    [data, filter],
  );
  const companyNames = useMemo(
    () => new Map([...(data?.companies ?? new Map<string, { name: string }>())].map(([key, c]) => [key, c.name])),
    [data],
  );
  const labels = useExportLabels(companyNames);
  const set = (name: keyof NeedFilter, value: string) => {
    const next = needFilterToParams(filter);
    if (value === '') next.delete(name);
    else next.set(name, value);
    changeFilter(needFilterFromParams(next));
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader
        title={t('nav.needs')}
        subtitle={data === undefined ? undefined : t('screens.needs.count', { count: shown.length })}
      >
        <Link className="button primary" to="/needs/new">
          {t('screens.needs.create')}
        </Link>
        <ExportButton
          lists={[{ id: 'needs', label: t('export.sheets.needs'), build: () => needsTable(shown, labels) }]}
        />
      </PageHeader>
      <form
        className="filter-bar"
        role="search"
        aria-label={t('screens.companies.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor={`${id}-status`}>{t('data.fields.need.status')}</label>
        <select id={`${id}-status`} value={filter.status} onChange={(event) => set('status', event.target.value)}>
          <VocabularyOptions vocabulary="needStatuses" values={needStatuses} empty={t('screens.common.any')} />
        </select>
        <label htmlFor={`${id}-field`}>{t('data.fields.need.field')}</label>
        <select id={`${id}-field`} value={filter.field} onChange={(event) => set('field', event.target.value)}>
          <VocabularyOptions vocabulary="researchFields" values={researchFields} empty={t('screens.common.any')} />
        </select>
        <label htmlFor={`${id}-region`}>{t('data.fields.company.region')}</label>
        <select id={`${id}-region`} value={filter.region} onChange={(event) => set('region', event.target.value)}>
          <VocabularyOptions vocabulary="regions" values={regionIds} empty={t('screens.common.any')} />
        </select>
      </form>
      {data === undefined ? (
        <p className="muted">{t('screens.common.loading')}</p>
      ) : shown.length === 0 ? (
        <EmptyState message={t(data.needs.length === 0 ? 'screens.needs.empty' : 'screens.needs.emptyFiltered')} />
      ) : (
        <>
          {shown.length > shownAtMost && (
            <p className="muted">{t('screens.needs.truncated', { shown: shownAtMost, total: shown.length })}</p>
          )}
          <table className="data-table" aria-label={t('screens.needs.list')}>
            <thead>
              <tr>
                <th scope="col">{t('data.fields.need.title')}</th>
                <th scope="col">{t('data.fields.need.companyId')}</th>
                <th scope="col">{t('data.fields.need.field')}</th>
                <th scope="col">{t('data.fields.need.status')}</th>
                <th scope="col">{t('data.fields.common.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, shownAtMost).map((need) => (
                <tr key={need.id}>
                  <td>
                    <Link to={`/needs/${need.id}`}>{need.title}</Link>
                  </td>
                  <td>
                    <Link to={`/companies/${need.companyId}`}>{data.companies.get(need.companyId)?.name ?? ''}</Link>
                  </td>
                  <td>{t(`data.researchFields.${need.field}`)}</td>
                  <td>{t(`data.needStatuses.${need.status}`)}</td>
                  <td>{formatDate(need.updatedAt.slice(0, 10))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
