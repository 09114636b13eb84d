import { useLiveQuery } from 'dexie-react-hooks';
import type { Need } from '#shared/domain/need';
import type { Visit } from '#shared/domain/visit';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import { toDomain } from '../../db/repository.ts';

/** One open follow-up due by today, with where it was promised. */
export type DueFollowUp = Readonly<{ visit: Visit; text: string; due: string }>;

/** What the home page lists. */
export type HomeData = Readonly<{
  dueFollowUps: readonly DueFollowUp[];
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
  const repositories = useRepositories();
  return useLiveQuery(async () => {
    const [dueVisits, recent, openNeeds, draftRows] = await Promise.all([
      repositories.visits.listWithFollowUpsDueBy(today),
      db.visits
        .orderBy('date')
        .reverse()
        .filter((visit) => !visit.deleted)
        .limit(listLength)
        .toArray(),
      db.needs
        .where('status')
        .equals('open')
        .filter((need) => !need.deleted)
        .toArray(),
      db.visits
        .where('state')
        .equals('draft')
        .filter((visit) => !visit.deleted)
        .toArray(),
    ]);
    const dueFollowUps = dueVisits
      .flatMap((visit) =>
        visit.followUps
          .filter((f) => !f.done && f.due !== '' && f.due <= today)
          .map((f) => ({ visit, text: f.text, due: f.due })),
      )
      .sort((a, b) => a.due.localeCompare(b.due));
    const matchedNeedIds = new Set(
      (
        await db.matches
          .where('needId')
          .anyOf(openNeeds.map((need) => need.id))
          .filter((m) => !m.deleted)
          .toArray()
      ).map((m) => m.needId as string),
    );
    const unmatched = openNeeds
      .filter((need) => !matchedNeedIds.has(need.id))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const drafts = draftRows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, listLength);
    const recentVisits = recent.map(toDomain);
    const shownNeeds = unmatched.slice(0, listLength).map(toDomain);
    const companyIds = new Set<string>([
      ...dueFollowUps.map((f) => f.visit.companyId),
      ...recentVisits.map((v) => v.companyId),
      ...shownNeeds.map((n) => n.companyId),
      ...drafts.map((v) => v.companyId),
    ]);
    const companies = await db.companies.bulkGet([...companyIds]);
    return {
      dueFollowUps,
      recentVisits,
      unmatchedNeeds: shownNeeds,
      unmatchedNeedCount: unmatched.length,
      drafts: drafts.map(toDomain),
      companyNames: new Map(companies.filter((c) => c !== undefined).map((c) => [c.id, c.name] as const)),
    };
  }, [db, repositories, today]);
}
