import { useLiveQuery } from 'dexie-react-hooks';
import { sortByKana } from '#shared/companies/kanaIndex';
import type { Company } from '#shared/domain/company';
import { useDatabase } from '../../app/DatabaseProvider.tsx';

/** Facts from other tables that the list's badges and two of its filters need. */
export type CompanyListFacts = Readonly<{
  openNeedCounts: ReadonlyMap<string, number>;
  openNeedCompanyIds: ReadonlySet<string>;
  overdueCompanyIds: ReadonlySet<string>;
}>;

const noFacts: CompanyListFacts = {
  openNeedCounts: new Map(),
  openNeedCompanyIds: new Set(),
  overdueCompanyIds: new Set(),
};

/** Live companies in 五十音 order, sorted once per change of the companies table. */
export function useSortedCompanies(): readonly Company[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const companies = await db.companies.toArray();
    return sortByKana(companies.filter((company) => !company.deleted) as unknown as Company[]);
  }, [db]);
}

/**
 * Open needs per company and companies with an overdue follow-up: a query of its own, so the list
 * paints before these arrive and does not re-sort when a visit or need changes. Overdue follow-ups
 * come from the `openFollowUpDues` index (only visits with an open follow-up due before today are
 * read, never every visit).
 */
export function useCompanyListFacts(today: string): CompanyListFacts {
  const db = useDatabase();
  return (
    useLiveQuery(async () => {
      const [openNeeds, overdueVisits] = await Promise.all([
        db.needs.where('status').equals('open').toArray(),
        db.visits.where('openFollowUpDues').below(today).distinct().toArray(),
      ]);
      const openNeedCounts = new Map<string, number>();
      for (const need of openNeeds) {
        if (!need.deleted) openNeedCounts.set(need.companyId, (openNeedCounts.get(need.companyId) ?? 0) + 1);
      }
      const overdueCompanyIds = new Set(
        overdueVisits.filter((visit) => !visit.deleted).map((visit) => visit.companyId as string),
      );
      return { openNeedCounts, openNeedCompanyIds: new Set(openNeedCounts.keys()), overdueCompanyIds };
    }, [db, today]) ?? noFacts
  );
}
