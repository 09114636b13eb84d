import { useEffect, useState } from 'react';
import type { Seed } from '#shared/domain/seed';
import type { HandoutLanguage, HandoutModel } from '#shared/handout/handoutModel';
import { toHandoutModel } from '#shared/handout/toHandoutModel';
import { fiscalYearOf } from '#shared/text/japaneseDate';
import type { Repositories } from '../../db/repositories.ts';
import { toDomain } from '../../db/repository.ts';
import { useRepositories } from '../../app/DatabaseProvider.tsx';

/** Where a handout's data stands. */
export type HandoutLoad =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'missing' }>
  | Readonly<{ status: 'ready'; model: HandoutModel }>;

/** Reads an event, its seed sheets in order and its fiscal year's programme, and builds the handout. */
export async function loadHandoutModel(
  repositories: Repositories,
  eventId: string,
  language: HandoutLanguage,
): Promise<HandoutModel | null> {
  const event = await repositories.events.get(eventId);
  if (event === undefined) return null;
  const seeds = await Promise.all(event.seedIds.map((id) => repositories.seeds.get(id)));
  const fiscalYear = fiscalYearOf(event.date);
  const programmes = await repositories.programmes.table.where('fiscalYear').equals(fiscalYear).toArray();
  const programme = programmes
    .filter((candidate) => !candidate.deleted)
    .map(toDomain)
    .sort((a, b) => a.name.localeCompare(b.name, 'ja'))[0];
  return toHandoutModel(
    event,
    seeds.filter((seed): seed is Seed => seed !== undefined),
    programme ?? null,
    { language },
  );
}

/** Loads the handout of an event in a language; reloads when either changes. */
export function useHandoutModel(eventId: string, language: HandoutLanguage): HandoutLoad {
  const repositories = useRepositories();
  const [load, setLoad] = useState<{ key: string; value: HandoutLoad }>({ key: '', value: { status: 'loading' } });
  const key = `${eventId}/${language}`;
  useEffect(() => {
    let cancelled = false;
    void loadHandoutModel(repositories, eventId, language).then((model) => {
      if (!cancelled) setLoad({ key, value: model === null ? { status: 'missing' } : { status: 'ready', model } });
    });
    return () => {
      cancelled = true;
    };
  }, [repositories, eventId, language, key]);
  return load.key === key ? load.value : { status: 'loading' };
}
