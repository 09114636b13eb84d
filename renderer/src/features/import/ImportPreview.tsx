import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateAction, FieldChange, ImportPlan, PlannedRow } from '#shared/import/importPlan';
import { useMunicipalityName } from '../companies/useVocabularyLabels.ts';

const previewRows = 100;

function shown(value: unknown, empty: string): string {
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) =>
      typeof item === 'object' && item !== null ? ((item as { name?: string }).name ?? '') : (item as string),
    );
    return items.length === 0 ? empty : items.join('、');
  }
  return typeof value === 'string' && value !== '' ? value : empty;
}

function Changes({ changes }: Readonly<{ changes: readonly FieldChange[] }>): ReactNode {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="muted">{t('import.noChanges')}</p>;
  return (
    <ul className="plain-list import-changes">
      {changes.map((change) => (
        <li key={change.field}>
          {t('import.change', {
            field: t(`data.fields.company.${change.field as 'name'}`),
            before: shown(change.before, t('import.empty')),
            after: shown(change.after, t('import.empty')),
          })}
        </li>
      ))}
    </ul>
  );
}

function Duplicate({
  row,
  onDecide,
}: Readonly<{ row: PlannedRow; onDecide: (row: number, action: DuplicateAction) => void }>): ReactNode {
  const { t } = useTranslation();
  const actions: DuplicateAction[] = row.existing !== null ? ['skip', 'update', 'new'] : ['skip', 'new'];
  const id = `import-duplicate-${row.row}`;
  return (
    <li className="import-duplicate">
      <p>
        {row.row}. {row.company.name} —{' '}
        {row.existing !== null
          ? t('import.duplicateOfCompany', { name: row.existing.name })
          : t('import.duplicateOfRow', { of: row.duplicateOfRow ?? '' })}
      </p>
      <label htmlFor={id}>{t('import.duplicateAction', { row: row.row })}</label>{' '}
      <select
        id={id}
        value={row.action}
        onChange={(event) => onDecide(row.row, event.currentTarget.value as DuplicateAction)}
      >
        {actions.map((action) => (
          <option key={action} value={action}>
            {t(`import.actions.${action}`)}
          </option>
        ))}
      </select>
      {row.existing !== null && <Changes changes={row.changes} />}
    </li>
  );
}

/** The duplicates with their choices, and the first rows as they will be written. */
export function ImportPreview({
  plan,
  onDecide,
}: Readonly<{
  plan: ImportPlan;
  decisions: Readonly<Record<number, DuplicateAction>>;
  onDecide: (row: number, action: DuplicateAction) => void;
}>): ReactNode {
  const { t } = useTranslation();
  const municipalityName = useMunicipalityName();
  const duplicates = plan.rows.filter(
    (row) => row.action !== 'error' && (row.existing !== null || row.duplicateOfRow !== null),
  );
  const first = plan.rows.slice(0, previewRows);
  return (
    <>
      {duplicates.length > 0 && (
        <section className="panel" aria-labelledby="import-duplicates">
          <h2 id="import-duplicates">{t('import.duplicatesTitle', { count: duplicates.length })}</h2>
          <ul className="plain-list">
            {duplicates.map((row) => (
              <Duplicate key={row.row} row={row} onDecide={onDecide} />
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="import-preview">
        <h2 id="import-preview">{t('import.preview')}</h2>
        <p className="help">{t('import.previewHelp', { shown: first.length, rows: plan.rows.length })}</p>
        <div className="import-preview-scroll">
          <table className="data-table" aria-labelledby="import-preview">
            <thead>
              <tr>
                <th scope="col">{t('import.previewRow')}</th>
                <th scope="col">{t('data.fields.company.name')}</th>
                <th scope="col">{t('data.fields.company.nameKana')}</th>
                <th scope="col">{t('data.fields.company.kind')}</th>
                <th scope="col">{t('data.fields.company.municipality')}</th>
                <th scope="col">{t('data.fields.company.phone')}</th>
                <th scope="col">{t('import.previewAction')}</th>
              </tr>
            </thead>
            <tbody>
              {first.map((row) => (
                <tr key={row.row} className={row.action === 'error' ? 'import-error-row' : undefined}>
                  <td>{row.row}</td>
                  <td>{row.company.name}</td>
                  <td>{row.company.nameKana}</td>
                  <td>{(row.company.kind as string) === '' ? '' : t(`data.companyKinds.${row.company.kind}`)}</td>
                  <td>
                    {row.company.municipality === '' || row.company.municipality === undefined
                      ? ''
                      : municipalityName(row.company.municipality)}
                  </td>
                  <td>{row.company.phone}</td>
                  <td>{t(`import.actions.${row.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
