import { useLiveQuery } from 'dexie-react-hooks';
import type { Need } from '#shared/domain/need';
import { upcomingWindow } from '#shared/domain/upcomingFollowUps';
import type { Visit } from '#shared/domain/visit';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { toDomain } from '../../db/repository.ts';

/** One open follow-up due by today, with where it was promised. */
export type DueFollowUp = Readonly<{ visit: Visit; text: string; due: string }>;

/** What the home page lists. */
export type HomeData = Readonly<{
  dueFollowUps: readonly DueFollowUp[];
  /** Open follow-ups due in the next two weeks, soonest first. */
  upcomingFollowUps: readonly DueFollowUp[];
  recentVisits: readonly Visit[];
  unmatchedNeeds: readonly Need[];
  unmatchedNeedCount: number;
  drafts: readonly Visit[];
  companyNames: ReadonlyMap<string, string>;
}>;

const listLength = 15;

/** Home's lists, each read through an index: follow-up dues, visit dates, need status, visit state. */
export function useHome(today: string): HomeData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    // Each list reads an index and only the records it shows; counts and set differences use keys.
    const window = upcomingWindow(today);
    const [dueToday, overdue, upcoming, recent, openNeedIds, matchedNeedIds, draftRows] = await Promise.all([
      db.visits
        .where('openFollowUpDues')
        .equals(today)
        .distinct()
        .limit(listLength * 2)
        .toArray(),
      // The most recently overdue first: long-forgotten ones are on the company pages and in the list filter.
      db.visits
        .where('openFollowUpDues')
        .below(today)
        .reverse()
        .distinct()
        .limit(listLength * 2)
        .toArray(),
      db.visits
        .where('openFollowUpDues')
        .between(window.from, window.to, true, true)
        .distinct()
        .limit(listLength * 2)
        .toArray(),
      db.visits
        .orderBy('date')
        .reverse()
        .filter((visit) => !visit.deleted)
        .limit(listLength)
        .toArray(),
      db.needs.where('status').equals('open').reverse().primaryKeys(),
      db.matches.orderBy('needId').uniqueKeys(),
      // Newest first by id (ULIDs sort by creation time).
      db.visits
        .where('state')
        .equals('draft')
        .reverse()
        .filter((visit) => !visit.deleted)
        .limit(listLength)
        .toArray(),
    ]);
    const dueVisitRows = [...new Map([...dueToday, ...overdue].map((visit) => [visit.id, visit])).values()];
    const dueFollowUps = dueVisitRows
      .filter((visit) => !visit.deleted)
      .map(toDomain)
      .flatMap((visit) =>
        visit.followUps
          .filter((f) => !f.done && f.due !== '' && f.due <= today)
          .map((f) => ({ visit, text: f.text, due: f.due })),
      )
      .sort((a, b) => a.due.localeCompare(b.due));
    const upcomingFollowUps = upcoming
      .filter((visit) => !visit.deleted)
      .map(toDomain)
      .flatMap((visit) =>
        visit.followUps
          .filter((f) => !f.done && f.due >= window.from && f.due <= window.to)
          .map((f) => ({ visit, text: f.text, due: f.due })),
      )
      .sort((a, b) => a.due.localeCompare(b.due))
      .slice(0, listLength);
    // Keys only: a need whose only match was removed (a tombstone) is not listed here. Removing a
    // match is rare, and reading every match record to tell would cost more than the list is worth.
    const matched = new Set(matchedNeedIds.map(String));
    const unmatchedIds = openNeedIds.filter((id) => !matched.has(id));
    const shownNeeds = (await db.needs.bulkGet(unmatchedIds.slice(0, listLength * 2)))
      .filter((need) => need !== undefined)
      .filter((need) => !need.deleted)
      .slice(0, listLength)
      .map(toDomain);
    const recentVisits = recent.map(toDomain);
    const drafts = draftRows.map(toDomain);
    const companyIds = new Set<string>([
      ...dueFollowUps.map((f) => f.visit.companyId),
      ...upcomingFollowUps.map((f) => f.visit.companyId),
      ...recentVisits.map((v) => v.companyId),
      ...shownNeeds.map((n) => n.companyId),
      ...drafts.map((v) => v.companyId),
    ]);
    const companies = await db.companies.bulkGet([...companyIds]);
    return {
      dueFollowUps,
      upcomingFollowUps,
      recentVisits,
      unmatchedNeeds: shownNeeds,
      unmatchedNeedCount: unmatchedIds.length,
      drafts,
      companyNames: new Map(companies.filter((c) => c !== undefined).map((c) => [c.id, c.name] as const)),
    };
  }, [db, today]);
}
