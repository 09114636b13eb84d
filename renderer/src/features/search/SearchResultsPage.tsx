import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '#shared/text/japaneseDate';
import { useSettings } from '../settings/SettingsProvider.tsx';
import type { SearchGroup, SearchKind } from './searchDocument.ts';
import { searchKinds } from './searchDocument.ts';
import { useIndexStatus, useSearchClient } from './SearchProvider.tsx';

// The full list behind the quick search's "show all": every hit of each kind, up to this many
// (a list longer than that is narrowed by another word, as the page says).
const fullListLength = 500;

const isKind = (value: string | null): value is SearchKind => searchKinds.some((kind) => kind === value);

/** `/search?q=…&kind=…`: all hits of a query, by kind; a kind in the address shows that kind only. */
export function SearchResultsPage(): ReactNode {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : null;
  const client = useSearchClient();
  const status = useIndexStatus(client);
  const [groups, setGroups] = useState<readonly SearchGroup[] | null>(null);

  useEffect(() => {
    if (client === null || query === '') return;
    let current = true;
    void client.search(query, fullListLength).then((answer) => {
      if (current && answer !== null) setGroups(answer.groups);
    });
    return () => {
      current = false;
    };
  }, [client, query, status]);

  const display = useMemo(
    () => ({ language: settings.language, calendar: settings.calendar }),
    [settings.language, settings.calendar],
  );
  const shown = (groups ?? []).filter((group) => kind === null || group.kind === kind);
  const kindName = (of: SearchKind) => t(`search.kinds.${of}`);

  return (
    <section className="page search-results-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('search.results.title', { query })}</h1>
      </header>
      {query === '' && <p className="muted">{t('search.results.noQuery')}</p>}
      {query !== '' && status.state === 'building' && <p role="status">{t('search.results.preparing')}</p>}
      {groups !== null && groups.length > 1 && (
        <nav aria-label={t('search.results.allKinds')} className="search-results-kinds">
          <ul>
            <li>
              <Link
                to={`/search?${new URLSearchParams({ q: query }).toString()}`}
                aria-current={kind === null ? 'page' : undefined}
              >
                {t('search.results.allKinds')}
              </Link>
            </li>
            {groups.map((group) => (
              <li key={group.kind}>
                <Link
                  to={`/search?${new URLSearchParams({ q: query, kind: group.kind }).toString()}`}
                  aria-current={kind === group.kind ? 'page' : undefined}
                >
                  {t('search.results.kindCount', { kind: kindName(group.kind), count: group.hits.length })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups !== null && query !== '' && shown.length === 0 && <p>{t('search.results.empty', { query })}</p>}
      {shown.map((group) => (
        <section key={group.kind} aria-labelledby={`search-results-${group.kind}`} className="search-results-group">
          <h2 id={`search-results-${group.kind}`}>
            {t('search.results.kindCount', { kind: kindName(group.kind), count: group.hits.length })}
          </h2>
          <ul className="search-results-list">
            {group.hits.map((hit) => (
              <li key={hit.id}>
                <Link to={hit.route.replace(/^#/u, '')}>{hit.title}</Link>
                {hit.subtitle !== undefined && hit.subtitle !== '' && <span className="muted"> {hit.subtitle}</span>}
                {hit.date !== undefined && <span className="muted"> {formatDate(hit.date, display)}</span>}
              </li>
            ))}
          </ul>
          {group.more && <p className="muted">{t('search.results.truncated', { count: group.hits.length })}</p>}
        </section>
      ))}
    </section>
  );
}
