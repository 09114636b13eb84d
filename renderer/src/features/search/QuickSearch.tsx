import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isImeKey } from '../../ui/formKeys.ts';
import { useSettings } from '../settings/SettingsProvider.tsx';
import type { SearchClient, SearchAnswer } from './searchClient.ts';
import type { SearchHit } from './searchDocument.ts';
import { optionIdOf, QuickSearchResults } from './QuickSearchResults.tsx';
import type { IndexStatus } from './searchProtocol.ts';
import { useIndexStatus, useSearchClient } from './SearchProvider.tsx';
import './quickSearch.css';

const hitsPerKind = 6;

function isShortcut(event: globalThis.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/**
 * The quick search (Ctrl/Cmd+K anywhere): a modal dialog with a combobox whose listbox groups hits
 * by kind. Focus stays in the box; ↑↓ move the active option (aria-activedescendant), Enter opens it.
 */
export function QuickSearch(): ReactNode {
  const { t } = useTranslation();
  const client = useSearchClient();
  const status = useIndexStatus(client);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="quick-search-trigger"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => setOpen(true)}
      >
        <span>{t('search.open')}</span>
        <kbd>{t('search.shortcut')}</kbd>
      </button>
      {open && <QuickSearchDialog client={client} status={status} onClose={() => setOpen(false)} />}
    </>
  );
}

type DialogProps = Readonly<{ client: SearchClient | null; status: IndexStatus; onClose(): void }>;

function QuickSearchDialog({ client, status, onClose }: DialogProps): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  // Each keystroke asks the worker from the input handler itself. With the answer board (a
  // cross-origin isolated page, see answerBoard.ts) the answer is read in that same task, so the
  // typed character and its results are drawn in one frame; otherwise it comes as a message. The
  // latest answer wins (the client drops older ones); the selection stays when the same query is
  // answered again.
  const mounted = useRef(true);
  const answered = useRef<string | null>(null);
  const ask = useCallback(
    (text: string) => {
      if (client === null) return;
      void client.search(text, hitsPerKind).then((next) => {
        if (!mounted.current || next === null) return;
        const same = next.query === answered.current;
        answered.current = next.query;
        // Rendered in the task that brought the answer (the keystroke's, or the message's): an
        // update React schedules itself runs in a task of its own, behind the frame to be drawn.
        flushSync(() => {
          setAnswer(next);
          if (!same) setActive(0);
        });
      });
    },
    [client],
  );
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Ask again when the index changes (while it builds, or after an edit) so results stay current.
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ask(inputRef.current?.value ?? '');
  }, [ask, status]);

  useLayoutEffect(() => {
    // The benchmark measures keystroke → results in the DOM with this mark.
    if (answer !== null)
      performance.mark('kakehashi:search-rendered', {
        detail: { query: answer.query, inTask: answer.inTask, ...answer.timing },
      });
  }, [answer]);

  // The previous results stay until the next answer arrives: the list does not flicker while typing.
  const groups = useMemo(() => answer?.groups ?? [], [answer]);
  const hits = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  const activeHit = hits[active];

  useEffect(() => {
    if (activeHit !== undefined)
      document.getElementById(optionIdOf(baseId, active))?.scrollIntoView({ block: 'nearest' });
  }, [active, activeHit, baseId]);

  const openHit = useCallback(
    (hit: SearchHit) => {
      dialogRef.current?.close();
      void navigate(hit.route.replace(/^#/u, ''));
    },
    [navigate],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (isImeKey(event.nativeEvent)) {
      // Esc during a conversion cancels the conversion, not the dialog.
      if (event.key === 'Escape') event.preventDefault();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && activeHit !== undefined) {
      event.preventDefault();
      openHit(activeHit);
    }
  };

  const language = settings.language;
  const numberFormat = useMemo(() => new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-US'), [language]);
  const display = useMemo(() => ({ language, calendar: settings.calendar }), [language, settings.calendar]);
  // The text box is left to the browser (a keystroke renders nothing here): what the status says
  // follows the latest answer, which comes a few milliseconds after the keystroke.
  const trimmed = answer?.query.trim() ?? '';

  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a click on the backdrop closes; Esc is the dialog's own key
    <dialog
      ref={dialogRef}
      className="quick-search"
      aria-label={t('search.dialogLabel')}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialogRef.current) dialogRef.current.close();
      }}
    >
      <div className="quick-search-panel">
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label={t('search.inputLabel')}
          aria-expanded={hits.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeHit === undefined ? undefined : optionIdOf(baseId, active)}
          placeholder={t('search.placeholder')}
          defaultValue=""
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => ask(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className="quick-search-status" role="status">
          {status.state === 'building' &&
            t('search.indexing', {
              indexed: numberFormat.format(status.indexed),
              total: numberFormat.format(status.total),
              count: status.total,
            })}
          {status.state === 'failed' && t('search.failed', { message: status.error ?? '' })}
          {status.state === 'ready' &&
            trimmed === '' &&
            t('search.ready', { documents: numberFormat.format(status.indexed), count: status.indexed })}
          {trimmed !== '' && hits.length === 0 && t('search.noResults', { query: trimmed })}
        </p>
        <QuickSearchResults
          listboxId={listboxId}
          baseId={baseId}
          groups={groups}
          active={active}
          display={display}
          onOpen={openHit}
          onHover={setActive}
        />
        {groups.some((group) => group.more) && (
          <ul className="quick-search-all" aria-label={t('search.showAllLabel')}>
            {groups
              .filter((group) => group.more)
              .map((group) => (
                <li key={group.kind}>
                  <Link
                    to={`/search?${new URLSearchParams({ q: trimmed, kind: group.kind }).toString()}`}
                    onClick={() => dialogRef.current?.close()}
                  >
                    {t('search.showAll', { kind: t(`search.kinds.${group.kind}`) })}
                  </Link>
                </li>
              ))}
          </ul>
        )}
        <p className="quick-search-hint">{t('search.hint')}</p>
      </div>
    </dialog>
  );
}
