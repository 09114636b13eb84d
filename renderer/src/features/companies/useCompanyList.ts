import { useLiveQuery } from 'dexie-react-hooks';
import { sortByKana } from '#shared/companies/kanaIndex';
import type { Company } from '#shared/domain/company';
import { useDatabase } from '../../app/DatabaseProvider.tsx';

/** The company list with what its filters and badges need from other tables. */
export type CompanyListData = Readonly<{
  /** Live companies in 五十音 order. */
  companies: readonly Company[];
  openNeedCounts: ReadonlyMap<string, number>;
  openNeedCompanyIds: ReadonlySet<string>;
  overdueCompanyIds: ReadonlySet<string>;
}>;

/**
 * One live query for the list. Overdue follow-ups come from the `openFollowUpDues` index (only
 * visits with an open follow-up due before today are read, never every visit), and everything is
 * computed once per change of the underlying tables, not per render.
 */
export function useCompanyList(today: string): CompanyListData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [companies, openNeeds, overdueVisits] = await Promise.all([
      db.companies.toArray(),
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
    const alive = companies.filter((company) => !company.deleted) as unknown as Company[];
    return {
      companies: sortByKana(alive),
      openNeedCounts,
      openNeedCompanyIds: new Set(openNeedCounts.keys()),
      overdueCompanyIds,
    };
  }, [db, today]);
}
