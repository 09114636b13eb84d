import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seedVisibleFields } from '#shared/domain/seed';
import type { SeedPublicView } from '#shared/domain/seedPublicView';

/**
 * The public version of a sheet as a handout would print it. It receives only `seedPublicView`'s
 * output, so an internal field cannot show here: it is not in the object.
 */
export function SeedSheetPreview({ view }: Readonly<{ view: SeedPublicView }>): ReactNode {
  const { t } = useTranslation();
  const rows = seedVisibleFields.flatMap((field) => {
    if (field === 'figureAttachmentId') return [];
    const value = view[field];
    if (value === undefined) return [];
    const text = Array.isArray(value) ? value.join('、') : value;
    return [{ field, text }];
  });
  return (
    <section className="seed-preview" aria-labelledby="seed-preview-title">
      <h2 id="seed-preview-title">{t('seedsEditor.editor.preview')}</h2>
      <p className="help">{t('seedsEditor.editor.previewHelp')}</p>
      <article className="sheet">
        <h3>{view.title === '' ? t('seedsEditor.editor.previewEmpty') : view.title}</h3>
        <p className="sheet-tags">
          {(view.field as string) !== '' && <span className="tag">{t(`data.researchFields.${view.field}`)}</span>}
          {(view.stage as string) !== '' && <span className="tag">{t(`data.researchStages.${view.stage}`)}</span>}
        </p>
        <dl>
          {rows.map(({ field, text }) => (
            <div key={field}>
              <dt>{t(`data.fields.seed.${field}`)}</dt>
              <dd>{text === '' ? <span className="muted">{t('seedsEditor.editor.previewEmpty')}</span> : text}</dd>
            </div>
          ))}
        </dl>
      </article>
    </section>
  );
}
