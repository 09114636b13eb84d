import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorProps, FieldError } from './FieldError.tsx';
import type { MessageOf } from './VisitForm.tsx';
import { fieldId, type VisitFormState } from './visitFormState.ts';

/** Follow-ups promised during the visit, each with a due date and a done box. */
export function FollowUpsField({ messageOf }: Readonly<{ messageOf: MessageOf }>): ReactNode {
  const { t } = useTranslation();
  const { control, register } = useFormContext<VisitFormState>();
  const { fields, append, remove } = useFieldArray({ control, name: 'followUps' });

  return (
    <fieldset className="form-section">
      <legend>{t('visits.form.followUps')}</legend>
      {fields.length === 0 && <p className="muted">{t('visits.form.noFollowUps')}</p>}
      <ol className="follow-ups">
        {fields.map((item, index) => {
          const n = index + 1;
          const textId = fieldId(`followUps.${index}.text`);
          const dueId = fieldId(`followUps.${index}.due`);
          const textMessage = messageOf(`followUps.${index}.text`);
          const dueMessage = messageOf(`followUps.${index}.due`);
          return (
            <li key={item.id} className="follow-up">
              {/* Visible words over each box; the accessible name (aria-label) also says which follow-up. */}
              <label htmlFor={textId} className="follow-up-label" aria-hidden="true">
                {t('data.fields.followUp.text')}
              </label>
              <input
                id={textId}
                type="text"
                maxLength={500}
                aria-label={t('visits.form.followUpText', { n })}
                {...errorProps(textId, textMessage)}
                {...register(`followUps.${index}.text`)}
              />
              <label htmlFor={dueId} className="follow-up-label" aria-hidden="true">
                {t('data.fields.followUp.due')}
              </label>
              <input
                id={dueId}
                type="date"
                aria-label={t('visits.form.followUpDue', { n })}
                {...errorProps(dueId, dueMessage)}
                {...register(`followUps.${index}.due`)}
              />
              <label className="checkbox">
                <input type="checkbox" {...register(`followUps.${index}.done`)} />
                <span aria-hidden="true">{t('data.fields.followUp.done')}</span>
                <span className="visually-hidden">{t('visits.form.followUpDone', { n })}</span>
              </label>
              <button
                type="button"
                className="secondary"
                aria-label={t('visits.form.removeFollowUp', { n })}
                onClick={() => remove(index)}
              >
                ×
              </button>
              <FieldError id={`${textId}-error`} message={textMessage} />
              <FieldError id={`${dueId}-error`} message={dueMessage} />
            </li>
          );
        })}
      </ol>
      <button type="button" className="secondary" onClick={() => append({ text: '', due: '', done: false })}>
        {t('visits.form.addFollowUp')}
      </button>
    </fieldset>
  );
}
