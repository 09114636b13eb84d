import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filterCompanies } from '#shared/companies/companyFilter';
import { kanaRows, kanaRowStarts } from '#shared/companies/kanaIndex';
import type { Company } from '#shared/domain/company';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { companiesTable, contactsTable } from '../export/listTables.ts';
import { useExportLabels } from '../export/useExportLabels.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { localToday } from '../../ui/useDateFormat.ts';
import { useUrlFilter } from '../../ui/useUrlFilter.ts';
import { CompanyFilters } from './CompanyFilters.tsx';
import { filterFromParams, filterToParams, isFiltered } from './companyFilterParams.ts';
import { useCompanyListFacts, useSortedCompanies, type CompanyListFacts } from './useCompanyList.ts';
import { useMunicipalityName } from './useVocabularyLabels.ts';
import './companies.css';

const rowHeight = 40;

function CompanyRow({ company, data }: Readonly<{ company: Company; data: CompanyListFacts }>): ReactNode {
  const { t } = useTranslation();
  const municipalityName = useMunicipalityName();
  const openNeeds = data.openNeedCounts.get(company.id) ?? 0;
  return (
    <>
      <span className="company-name">
        <Link to={`/companies/${company.id}`}>{company.name}</Link>
        <span className="company-kana">{company.nameKana}</span>
      </span>
      <span className="company-kind">{t(`data.companyKinds.${company.kind}`)}</span>
      <span className="company-place">{municipalityName(company.municipality)}</span>
      <span className="company-badges">
        {openNeeds > 0 && <span className="badge">{t('screens.companies.openNeeds', { count: openNeeds })}</span>}
        {data.overdueCompanyIds.has(company.id) && <span className="badge warn">{t('screens.companies.overdue')}</span>}
      </span>
    </>
  );
}

function VirtualCompanyList({
  companies,
  data,
}: Readonly<{ companies: readonly Company[]; data: CompanyListFacts }>): ReactNode {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions the React Compiler cannot memoise; this component does not rely on that.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh on every render by design
  const virtualizer = useVirtualizer({
    count: companies.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const starts = useMemo(() => kanaRowStarts(companies), [companies]);

  return (
    <div className="company-list-frame">
      <nav className="kana-index" aria-label={t('screens.companies.rowIndex')}>
        {kanaRows.map((row) => {
          const start = starts.get(row);
          const label = t(`screens.companies.rows.${row}`);
          return (
            <button
              key={row}
              type="button"
              disabled={start === undefined}
              aria-label={t('screens.companies.rowJump', { row: label })}
              onClick={() => start !== undefined && virtualizer.scrollToIndex(start, { align: 'start' })}
            >
              {label}
            </button>
          );
        })}
      </nav>
      <div ref={scrollRef} className="company-scroll" data-testid="company-scroll">
        <ul
          aria-label={t('screens.companies.list')}
          className="company-rows"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const company = companies[item.index];
            if (company === undefined) return null;
            return (
              <li
                key={company.id}
                className="company-row"
                aria-setsize={companies.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              >
                <CompanyRow company={company} data={data} />
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

/** 企業: every company in 五十音 order, filterable, with an あかさたな index; virtualised for 10,000 rows. */
export function CompanyListPage(): ReactNode {
  const { t } = useTranslation();
  const [filter, changeFilter] = useUrlFilter(filterFromParams, filterToParams);
  const deferredFilter = useDeferredValue(filter);
  const companies = useSortedCompanies();
  const facts = useCompanyListFacts(localToday());
  const shown = useMemo(
    () => (companies === undefined ? [] : filterCompanies(companies, deferredFilter, facts)),
    [companies, deferredFilter, facts],
  );
  const labels = useExportLabels();

  useEffect(() => {
    // The benchmark reads this mark as the list's first render with its data.
    if (companies !== undefined) requestAnimationFrame(() => performance.mark('kakehashi:companies-rendered'));
  }, [companies]);

  return (
    <section className="page page-fill" aria-labelledby="page-title">
      <PageHeader
        title={t('screens.companies.title')}
        subtitle={
          companies === undefined
            ? undefined
            : t('screens.companies.count', { shown: shown.length, total: companies.length })
        }
      >
        <Link className="button" to="/companies/import">
          {t('import.open')}
        </Link>
        <Link className="button primary" to="/companies/new">
          {t('screens.companies.create')}
        </Link>
        <ExportButton
          lists={[
            { id: 'companies', label: t('export.sheets.companies'), build: () => companiesTable(shown, labels) },
            { id: 'contacts', label: t('export.sheets.contacts'), build: () => contactsTable(shown, labels) },
          ]}
        />
      </PageHeader>
      <CompanyFilters filter={filter} onChange={changeFilter} />
      {companies === undefined ? (
        <p className="muted">{t('screens.common.loading')}</p>
      ) : shown.length === 0 ? (
        <EmptyState
          message={t(isFiltered(filter) ? 'screens.companies.emptyFiltered' : 'screens.companies.emptyAll')}
        />
      ) : (
        <VirtualCompanyList companies={shown} data={facts} />
      )}
    </section>
  );
}
