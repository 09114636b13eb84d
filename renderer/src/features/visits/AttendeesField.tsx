import { useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorProps, FieldError } from './FieldError.tsx';
import type { MessageOf } from './VisitForm.tsx';
import { fieldId, type VisitFormState } from './visitFormState.ts';
import { isImeKey } from '../../ui/formKeys.ts';

/** People met: type a name and press Enter (or the button) to add it; each name can be removed. */
export function AttendeesField({ messageOf }: Readonly<{ messageOf: MessageOf }>): ReactNode {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<VisitFormState>();
  const attendees = useWatch({ control, name: 'attendees' });
  const [name, setName] = useState('');
  const inputId = fieldId('attendees');

  const add = () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    if (!attendees.includes(trimmed)) setValue('attendees', [...attendees, trimmed], { shouldDirty: true });
    setName('');
  };

  return (
    <fieldset className="form-section">
      <legend>{t('data.fields.visit.attendees')}</legend>
      {attendees.length === 0 ? (
        <p className="muted">{t('visits.form.noAttendees')}</p>
      ) : (
        <ul className="chips">
          {attendees.map((attendee, index) => (
            <li key={attendee}>
              <span>{attendee}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('visits.form.removeAttendee', { name: attendee })}
                onClick={() =>
                  setValue(
                    'attendees',
                    attendees.filter((_, i) => i !== index),
                    { shouldDirty: true },
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form">
        <label htmlFor={inputId} className="visually-hidden">
          {t('visits.form.attendeeName')}
        </label>
        <input
          id={inputId}
          type="text"
          maxLength={100}
          placeholder={t('visits.form.attendeeName')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !isImeKey(event.nativeEvent)) {
              event.preventDefault();
              add();
            }
          }}
          {...errorProps(inputId, messageOf('attendees'))}
        />
        <button type="button" className="secondary" onClick={add}>
          {t('visits.form.addAttendee')}
        </button>
      </div>
      <FieldError id={`${inputId}-error`} message={messageOf('attendees')} />
    </fieldset>
  );
}
