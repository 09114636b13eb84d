import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KakehashiEvent } from '#shared/domain/event';
import type { Seed } from '#shared/domain/seed';
import { suggestSeeds, type SuggestionReason } from '#shared/events/seedSuggestions';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { useEventUpdate } from './useEventUpdate.ts';

function Reason({ reason }: Readonly<{ reason: SuggestionReason }>): ReactNode {
  const { t } = useTranslation();
  const values = {
    company: reason.companyName,
    need: reason.needTitle,
    field: reason.field === null ? '' : t(`data.researchFields.${reason.field}`),
    keywords: reason.keywords.join('、'),
  };
  if (reason.field !== null && reason.keywords.length > 0) return t('events.seeds.reasonBoth', values);
  if (reason.keywords.length > 0) return t('events.seeds.reasonKeywords', values);
  return t('events.seeds.reasonField', values);
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** 紹介するシーズ: the chosen seeds in print order, suggestions for the region with reasons, and all seeds. */
export function SeedPicker({ event }: Readonly<{ event: KakehashiEvent }>): ReactNode {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const seeds = useLiveQuery(() => repositories.seeds.list(), [repositories]);
  const companies = useLiveQuery(
    () => (event.region === '' ? Promise.resolve([]) : repositories.companies.listByRegion(event.region)),
    [repositories, event.region],
  );
  const openNeeds = useLiveQuery(() => repositories.needs.listByStatus('open'), [repositories]);
  const byId = useMemo(() => new Map((seeds ?? []).map((seed) => [seed.id as string, seed])), [seeds]);
  const picked = event.seedIds.map((id) => byId.get(id)).filter((seed): seed is Seed => seed !== undefined);
  const suggestions = useMemo(
    () =>
      event.region === '' || seeds === undefined || companies === undefined || openNeeds === undefined
        ? null
        : suggestSeeds(event.region, seeds, companies, openNeeds, event.seedIds).slice(0, 8),
    [event.region, event.seedIds, seeds, companies, openNeeds],
  );
  const update = useEventUpdate(event.id);
  const save = (change: (seedIds: readonly string[]) => readonly string[]) =>
    void update((current) => ({ seedIds: [...change(current.seedIds)] }));
  const add = (seed: Seed) => save((ids) => (ids.includes(seed.id) ? ids : [...ids, seed.id]));
  const others = (seeds ?? []).filter((seed) => !event.seedIds.includes(seed.id));

  return (
    <section className="event-section" aria-labelledby="event-seeds">
      <h2 id="event-seeds">{t('events.seeds.title')}</h2>
      <h3>{t('events.seeds.picked')}</h3>
      {picked.length === 0 ? (
        <p className="muted">{t('events.seeds.none')}</p>
      ) : (
        <ol className="picked-seeds">
          {picked.map((seed, index) => (
            <li key={seed.id}>
              <span className="picked-title">{seed.title}</span>
              <button
                type="button"
                disabled={index === 0}
                aria-label={t('events.seeds.moveUp', { title: seed.title })}
                onClick={() => save((ids) => move(ids, ids.indexOf(seed.id), ids.indexOf(seed.id) - 1))}
              >
                {t('events.seeds.up')}
              </button>
              <button
                type="button"
                disabled={index === picked.length - 1}
                aria-label={t('events.seeds.moveDown', { title: seed.title })}
                onClick={() => save((ids) => move(ids, ids.indexOf(seed.id), ids.indexOf(seed.id) + 1))}
              >
                {t('events.seeds.down')}
              </button>
              <button
                type="button"
                aria-label={t('events.seeds.removeSeed', { title: seed.title })}
                onClick={() => save((ids) => ids.filter((id) => id !== seed.id))}
              >
                {t('events.seeds.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('events.seeds.suggestions')}</h3>
      <p className="help">{t('events.seeds.suggestionsHelp')}</p>
      {suggestions === null && <p className="muted">{t('events.seeds.noSuggestions')}</p>}
      {suggestions !== null && suggestions.length === 0 && <p className="muted">{t('events.seeds.noMatches')}</p>}
      {suggestions !== null && suggestions.length > 0 && (
        <ul className="suggestions">
          {suggestions.map(({ seed, reasons }) => (
            <li key={seed.id}>
              <div>
                <strong>{seed.title}</strong>
                <ul className="reasons">
                  {reasons.slice(0, 3).map((reason, index) => (
                    <li key={index}>
                      <Reason reason={reason} />
                    </li>
                  ))}
                </ul>
              </div>
              <button
                type="button"
                aria-label={t('events.seeds.addSeed', { title: seed.title })}
                onClick={() => add(seed)}
              >
                {t('events.seeds.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('events.seeds.all')}</summary>
        <ul className="all-seeds">
          {others.map((seed) => (
            <li key={seed.id}>
              <span>
                {seed.title} <span className="muted">{t(`data.researchFields.${seed.field}`)}</span>
              </span>
              <button
                type="button"
                aria-label={t('events.seeds.addSeed', { title: seed.title })}
                onClick={() => add(seed)}
              >
                {t('events.seeds.add')}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
