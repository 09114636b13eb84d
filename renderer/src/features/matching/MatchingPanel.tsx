import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Need } from '#shared/domain/need';
import type { SeedId } from '#shared/domain/ids';
import { suggestSeeds, type SeedSuggestion } from '#shared/matching/suggest';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { MatchEditor } from './MatchEditor.tsx';
import { useMatching } from './useMatching.ts';
import './matching.css';

/** The reason lines of a suggestion, as shown and as stored on the match it becomes. */
function useReasonLines(): (suggestion: SeedSuggestion, need: Need) => string[] {
  const { t } = useTranslation();
  return (suggestion, need) => {
    const separator = t('screens.matching.listSeparator');
    const lines: string[] = [];
    if (suggestion.sharedKeywords.length > 0)
      lines.push(t('screens.matching.sharedKeywords', { list: suggestion.sharedKeywords.join(separator) }));
    if (suggestion.mentionedKeywords.length > 0)
      lines.push(t('screens.matching.mentionedKeywords', { list: suggestion.mentionedKeywords.join(separator) }));
    if (suggestion.sameField)
      lines.push(t('screens.matching.sameField', { field: t(`data.researchFields.${need.field}`) }));
    return lines;
  };
}

/** A need's matching: its matched seeds (each editable) and ranked suggestions with their reasons. */
export function MatchingPanel({ need }: Readonly<{ need: Need }>): ReactNode {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const data = useMatching(need.id);
  const reasonLines = useReasonLines();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const matched = useMemo(() => new Set((data?.matches ?? []).map((match) => match.seedId as string)), [data]);
  const suggestions = useMemo(
    () => (data === undefined ? [] : suggestSeeds(need, data.prepared, { exclude: matched, limit: 8 })),
    [data, need, matched],
  );
  if (data === undefined) return <p className="muted">{t('screens.common.loading')}</p>;

  const link = async (seedId: SeedId, reason: string) => {
    await repositories.matches.create({ needId: need.id, seedId, reason, status: 'proposed' });
    if (need.status === 'open') await repositories.needs.update(need.id, { status: 'matched' });
  };

  return (
    <section className="panel" aria-labelledby="matching-title">
      <h2 id="matching-title">{t('screens.matching.title')}</h2>
      <h3>{t('screens.matching.current')}</h3>
      {data.matches.length === 0 ? (
        <EmptyState message={t('screens.matching.none')} />
      ) : (
        data.matches.map((match) => (
          <MatchEditor key={match.id} match={match} seedTitle={data.seeds.get(match.seedId)?.title ?? match.seedId} />
        ))
      )}
      <h3>{t('screens.matching.suggestions')}</h3>
      {suggestions.length === 0 ? (
        <EmptyState message={t('screens.matching.noSuggestions')} />
      ) : (
        <ol className="suggestions" aria-label={t('screens.matching.suggestions')}>
          {suggestions.map((suggestion) => {
            const seed = data.seeds.get(suggestion.seedId);
            const title = seed?.title ?? suggestion.seedId;
            const lines = reasonLines(suggestion, need);
            return (
              <li key={suggestion.seedId}>
                <div>
                  <Link to={`/seeds/${suggestion.seedId}`}>{title}</Link>
                  {seed !== undefined && <span className="meta">{t(`data.researchFields.${seed.field}`)}</span>}
                  <ul className="reasons">
                    {lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
                <button
                  type="button"
                  aria-label={t('screens.matching.linkSeed', { title })}
                  onClick={() => void link(suggestion.seedId as SeedId, lines.join('\n'))}
                >
                  {t('screens.matching.link')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="manual-match">
        <label htmlFor={selectId}>{t('screens.matching.addManually')}</label>
        <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('screens.matching.chooseSeed')}</option>
          {[...data.seeds.values()]
            .filter((seed) => !matched.has(seed.id))
            .map((seed) => (
              <option key={seed.id} value={seed.id}>
                {seed.title}
              </option>
            ))}
        </select>
        <button
          type="button"
          disabled={chosen === ''}
          onClick={() => {
            void link(chosen as SeedId, '');
            setChosen('');
          }}
        >
          {t('screens.matching.add')}
        </button>
      </div>
    </section>
  );
}
