import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Seed } from '#shared/domain/seed';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { filterSeeds } from './seedSearch.ts';
import type { VisitFormState } from './visitFormState.ts';
import { isImeKey } from '../../ui/formKeys.ts';

const listboxId = 'visit-seed-options';
const optionId = (index: number) => `visit-seed-option-${index}`;

/** Seeds introduced: a combobox (ARIA 1.2 pattern) that filters seed titles and keywords as you type. */
export function SeedPicker(): ReactNode {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const { control, setValue } = useFormContext<VisitFormState>();
  const seedIds = useWatch({ control, name: 'seedIds' });
  const seeds = useLiveQuery(() => repositories.seeds.list(), [repositories]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const byId = useMemo(() => new Map((seeds ?? []).map((seed) => [seed.id as string, seed])), [seeds]);
  const options = useMemo(() => filterSeeds(seeds ?? [], query, new Set(seedIds)), [seeds, query, seedIds]);
  const open = query.trim() !== '';
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));

  const pick = (seed: Seed) => {
    setValue('seedIds', [...seedIds, seed.id], { shouldDirty: true });
    setQuery('');
    setActive(0);
  };

  return (
    <fieldset className="form-section">
      <legend>{t('visits.form.seeds')}</legend>
      {seedIds.length === 0 && <p className="muted">{t('visits.form.noSeeds')}</p>}
      <ul className="linked-list">
        {seedIds.map((id) => {
          const title = byId.get(id)?.title ?? id;
          return (
            <li key={id}>
              <span>{title}</span>
              <button
                type="button"
                className="secondary"
                aria-label={t('visits.form.removeSeed', { title })}
                onClick={() =>
                  setValue(
                    'seedIds',
                    seedIds.filter((other) => other !== id),
                    { shouldDirty: true },
                  )
                }
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="combobox">
        <label htmlFor="visit-seed-search">{t('visits.form.seedSearch')}</label>
        <input
          id="visit-seed-search"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-describedby="visit-seed-search-help"
          {...(open && options.length > 0 ? { 'aria-activedescendant': optionId(activeIndex) } : {})}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (isImeKey(event.nativeEvent)) return;
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive(Math.min(activeIndex + 1, options.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive(Math.max(activeIndex - 1, 0));
            } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
              event.preventDefault();
              const seed = options[activeIndex];
              if (open && seed !== undefined) pick(seed);
            } else if (event.key === 'Escape' && open) {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
        <p id="visit-seed-search-help" className="help">
          {t('visits.form.seedSearchHelp')}
        </p>
        <ul
          id={listboxId}
          role="listbox"
          aria-label={t('visits.form.seedOptions')}
          className="options"
          hidden={!open || options.length === 0}
        >
          {options.map((seed, index) => (
            <li
              key={seed.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              tabIndex={-1}
              className={index === activeIndex ? 'active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(seed)}
              onKeyDown={() => undefined}
            >
              {seed.title}
              {seed.keywords.length > 0 && <span className="muted"> — {seed.keywords.join('、')}</span>}
            </li>
          ))}
        </ul>
        {open && options.length === 0 && (
          <p className="muted" role="status">
            {t('visits.form.noSeedMatch')}
          </p>
        )}
      </div>
    </fieldset>
  );
}
