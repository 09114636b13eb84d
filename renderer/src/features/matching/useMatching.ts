import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Match } from '#shared/domain/match';
import type { Seed } from '#shared/domain/seed';
import { prepareSeeds, type PreparedSeed } from '#shared/matching/suggest';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { toDomain } from '../../db/repository.ts';

/** A need's matches and every live seed sheet, prepared once for ranking. */
export type MatchingData = Readonly<{
  matches: readonly Match[];
  seeds: ReadonlyMap<string, Seed>;
  prepared: readonly PreparedSeed[];
}>;

/** Live matches of a need and the seed sheets to suggest from. */
export function useMatching(needId: string): MatchingData | undefined {
  const db = useDatabase();
  const matches = useLiveQuery(
    async () => (await db.matches.where('needId').equals(needId).toArray()).filter((m) => !m.deleted).map(toDomain),
    [db, needId],
  );
  const seedList = useLiveQuery(async () => (await db.seeds.toArray()).filter((s) => !s.deleted).map(toDomain), [db]);
  const seeds = useMemo(() => new Map((seedList ?? []).map((seed) => [seed.id as string, seed])), [seedList]);
  const prepared = useMemo(() => prepareSeeds(seedList ?? []), [seedList]);
  if (matches === undefined || seedList === undefined) return undefined;
  return { matches, seeds, prepared };
}
