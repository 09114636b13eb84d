import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, type DateDisplay } from '#shared/text/japaneseDate';
import type { SearchGroup, SearchHit } from './searchDocument.ts';

// The result list of the quick search, apart from the dialog so that a keystroke (which changes
// only the text box) does not render the list again, and moving the active option renders only
// the two rows concerned. The list is at most a few rows per kind: nothing to virtualise.

type RowProps = Readonly<{
  hit: SearchHit;
  index: number;
  optionId: string;
  selected: boolean;
  display: DateDisplay;
  onOpen(hit: SearchHit): void;
  onHover(index: number): void;
}>;

const ResultRow = memo(function ResultRow({ hit, index, optionId, selected, display, onOpen, onHover }: RowProps) {
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the combobox handles the keys (aria-activedescendant)
    <div
      role="option"
      id={optionId}
      tabIndex={-1}
      aria-selected={selected}
      className="quick-search-option"
      onClick={() => onOpen(hit)}
      onMouseMove={() => onHover(index)}
    >
      <span className="quick-search-title">{hit.title}</span>
      {hit.subtitle !== undefined && hit.subtitle !== '' && (
        <span className="quick-search-subtitle">{hit.subtitle}</span>
      )}
      {hit.date !== undefined && <span className="quick-search-date">{formatDate(hit.date, display)}</span>}
    </div>
  );
}, sameRow);

// Each answer brings new hit objects; a row whose hit shows the same is not rendered again (typing
// one more character mostly keeps the rows there were).
function sameRow(before: RowProps, after: RowProps): boolean {
  const [a, b] = [before.hit, after.hit];
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.subtitle === b.subtitle &&
    a.date === b.date &&
    before.index === after.index &&
    before.optionId === after.optionId &&
    before.selected === after.selected &&
    before.display === after.display &&
    before.onOpen === after.onOpen &&
    before.onHover === after.onHover
  );
}

type ListProps = Readonly<{
  listboxId: string;
  baseId: string;
  groups: readonly SearchGroup[];
  active: number;
  display: DateDisplay;
  onOpen(hit: SearchHit): void;
  onHover(index: number): void;
}>;

/** The id of the option at a position of the flat list that ↑↓ walk through. */
export const optionIdOf = (baseId: string, index: number): string => `${baseId}-option-${index}`;

/** The grouped listbox of the quick search. */
export const QuickSearchResults = memo(function QuickSearchResults({
  listboxId,
  baseId,
  groups,
  active,
  display,
  onOpen,
  onHover,
}: ListProps): ReactNode {
  const { t } = useTranslation();
  let first = 0;
  return (
    <div role="listbox" id={listboxId} aria-label={t('search.resultsLabel')} className="quick-search-results">
      {groups.map((group) => {
        const headingId = `${baseId}-group-${group.kind}`;
        const start = first;
        first += group.hits.length;
        return (
          <div role="group" aria-labelledby={headingId} key={group.kind} className="quick-search-group">
            <div role="presentation" id={headingId} className="quick-search-group-label">
              {t(`search.kinds.${group.kind}`)}
            </div>
            {group.hits.map((hit, i) => (
              <ResultRow
                key={hit.id}
                hit={hit}
                index={start + i}
                optionId={optionIdOf(baseId, start + i)}
                selected={start + i === active}
                display={display}
                onOpen={onOpen}
                onHover={onHover}
              />
            ))}
            {group.more && (
              <div role="presentation" className="quick-search-more">
                {t('search.more')}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
});
