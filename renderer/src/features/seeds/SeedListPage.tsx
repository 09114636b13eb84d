import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { seedVisibleFields } from '#shared/domain/seed';
import { researchFields, researchStages } from '#shared/master/vocabularies';
import { normalizeForSearch } from '#shared/text/normalize';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { seedsTable } from '../export/listTables.ts';
import { useExportLabels } from '../export/useExportLabels.ts';
import './seeds.css';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';

/** `#/seeds`: the seed sheets, filtered by field and stage, with which fields each keeps internal. */
export function SeedListPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const repositories = useRepositories();
  const seeds = useLiveQuery(() => repositories.seeds.list(), [repositories]);
  const [field, setField] = useState('');
  const [stage, setStage] = useState('');
  const [text, setText] = useState('');
  // The words typed, normalised as search normalises (kana, width, 異体字); every word must occur.
  const words = useMemo(
    () =>
      normalizeForSearch(text)
        .split(' ')
        .filter((word) => word !== ''),
    [text],
  );
  const haystacks = useMemo(
    () =>
      new Map(
        (seeds ?? []).map((seed) => [
          seed.id,
          normalizeForSearch(
            [seed.title, seed.titleKana ?? '', ...seed.keywords, seed.institution, seed.researcher].join(' '),
          ),
        ]),
      ),
    [seeds],
  );
  const shown = useMemo(
    () =>
      (seeds ?? [])
        .filter((seed) => (field === '' || seed.field === field) && (stage === '' || seed.stage === stage))
        .filter((seed) => words.every((word) => haystacks.get(seed.id)?.includes(word) === true))
        .sort((a, b) => a.title.localeCompare(b.title, i18n.language)),
    [seeds, field, stage, words, haystacks, i18n.language],
  );
  const labels = useExportLabels();

  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('nav.seeds')}</h1>
        <Link to="/seeds/new" className="button-link">
          {t('seedsEditor.list.newSeed')}
        </Link>
        <ExportButton
          lists={[{ id: 'seeds', label: t('export.sheets.seeds'), build: () => seedsTable(shown, labels) }]}
        />
      </header>
      <search className="filters" aria-label={t('seedsEditor.list.filters')}>
        <label>
          {t('seedsEditor.list.text')}
          <input
            type="search"
            value={text}
            title={t('seedsEditor.list.textHelp')}
            placeholder={t('seedsEditor.list.textHelp')}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <label>
          {t('seedsEditor.list.field')}
          <select value={field} onChange={(event) => setField(event.target.value)}>
            <VocabularyOptions vocabulary="researchFields" values={researchFields} empty={t('seedsEditor.list.all')} />
          </select>
        </label>
        <label>
          {t('seedsEditor.list.stage')}
          <select value={stage} onChange={(event) => setStage(event.target.value)}>
            <VocabularyOptions vocabulary="researchStages" values={researchStages} empty={t('seedsEditor.list.all')} />
          </select>
        </label>
        <span className="muted" role="status">
          {seeds === undefined ? '' : t('seedsEditor.list.count', { count: shown.length })}
        </span>
      </search>
      {seeds !== undefined && shown.length === 0 ? (
        <p>{seeds.length === 0 ? t('seedsEditor.list.empty') : t('seedsEditor.list.noMatch')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('seedsEditor.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('seedsEditor.list.title')}</th>
              <th scope="col" className="nowrap">
                {t('seedsEditor.list.field')}
              </th>
              <th scope="col" className="nowrap">
                {t('seedsEditor.list.stage')}
              </th>
              <th scope="col">{t('seedsEditor.list.institution')}</th>
              <th scope="col">{t('seedsEditor.list.internalFields')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((seed) => {
              const internal = seedVisibleFields.filter((name) => seed.visibility[name] === 'internal');
              return (
                <tr key={seed.id}>
                  <td>
                    <Link to={`/seeds/${seed.id}`}>{seed.title}</Link>
                  </td>
                  <td className="nowrap">{t(`data.researchFields.${seed.field}`)}</td>
                  <td className="nowrap">{t(`data.researchStages.${seed.stage}`)}</td>
                  <td>{seed.institution}</td>
                  <td className="muted">
                    {internal.length === 0
                      ? t('seedsEditor.list.noneInternal')
                      : internal.map((name) => t(`data.fields.seed.${name}`)).join('、')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
