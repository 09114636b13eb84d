import type { Visit } from '#shared/domain/visit';

/** The filters of the visit list; '' means "any". */
export type VisitFilter = Readonly<{ companyId: string; from: string; to: string }>;

/** The visits a list shows: live ones matching the filter, drafts first, then newest first. */
export function orderVisits(visits: readonly Visit[], filter: VisitFilter): Visit[] {
  return visits
    .filter(
      (visit) =>
        !visit.deleted &&
        (filter.companyId === '' || visit.companyId === filter.companyId) &&
        (filter.from === '' || visit.date >= filter.from) &&
        (filter.to === '' || visit.date <= filter.to),
    )
    .sort(
      (a, b) =>
        Number(a.state === 'final') - Number(b.state === 'final') ||
        b.date.localeCompare(a.date) ||
        b.startTime.localeCompare(a.startTime) ||
        b.updatedAt.localeCompare(a.updatedAt),
    );
}
