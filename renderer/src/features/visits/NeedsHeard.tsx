import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '#shared/domain/validationError';
import { researchFields } from '#shared/master/vocabularies';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { errorProps, FieldError } from './FieldError.tsx';
import type { VisitFormState } from './visitFormState.ts';
import { isImeKey } from '../../ui/formKeys.ts';

/**
 * Needs heard during the visit. A new need is written at once (linked to the company and to this
 * visit as its source) and its id joins the visit's `needIds`; unlinking keeps the need itself.
 */
export function NeedsHeard({ visitId, companyId }: Readonly<{ visitId: string; companyId: string }>): ReactNode {
  const { t, i18n } = useTranslation();
  const repositories = useRepositories();
  const { control, setValue } = useFormContext<VisitFormState>();
  const needIds = useWatch({ control, name: 'needIds' });
  const needs = useLiveQuery(
    async () =>
      (await repositories.needs.table.bulkGet(needIds)).filter(
        (need): need is NonNullable<typeof need> => need !== undefined && !need.deleted,
      ),
    [repositories, needIds.join(',')],
  );
  const [title, setTitle] = useState('');
  const [field, setField] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const add = async () => {
    try {
      const need = await repositories.needs.create({
        companyId,
        sourceVisitId: visitId,
        title,
        // An unchosen field is refused by the schema with a message naming it.
        field: field as (typeof researchFields)[number],
      });
      setValue('needIds', [...needIds, need.id], { shouldDirty: true });
      setTitle('');
      setField('');
      setErrors({});
      document.getElementById('visit-need-title')?.focus();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setErrors(error.byField(i18n.language === 'en' ? 'en' : 'ja'));
    }
  };

  return (
    <fieldset className="form-section">
      <legend>{t('visits.form.needs')}</legend>
      {needs !== undefined && needs.length === 0 && <p className="muted">{t('visits.form.noNeeds')}</p>}
      <ul className="linked-list">
        {needs?.map((need) => (
          <li key={need.id}>
            <span>{need.title}</span>
            <span className="tag">{t(`data.researchFields.${need.field}`)}</span>
            <button
              type="button"
              className="secondary"
              aria-label={t('visits.form.unlinkNeed', { title: need.title })}
              onClick={() =>
                setValue(
                  'needIds',
                  needIds.filter((id) => id !== need.id),
                  { shouldDirty: true },
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <label htmlFor="visit-need-title" className="visually-hidden">
          {t('visits.form.needTitle')}
        </label>
        <input
          id="visit-need-title"
          type="text"
          maxLength={200}
          placeholder={t('visits.form.needTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !isImeKey(event.nativeEvent)) {
              event.preventDefault();
              void add();
            }
          }}
          {...errorProps('visit-need-title', errors['title'])}
        />
        <label htmlFor="visit-need-field" className="visually-hidden">
          {t('visits.form.needField')}
        </label>
        <select
          id="visit-need-field"
          value={field}
          onChange={(event) => setField(event.target.value)}
          {...errorProps('visit-need-field', errors['field'])}
        >
          <VocabularyOptions
            vocabulary="researchFields"
            values={researchFields}
            empty={t('visits.form.needFieldNone')}
          />
        </select>
        <button type="button" className="secondary" onClick={() => void add()}>
          {t('visits.form.addNeed')}
        </button>
      </div>
      <FieldError id="visit-need-title-error" message={errors['title']} />
      <FieldError id="visit-need-field-error" message={errors['field']} />
    </fieldset>
  );
}
