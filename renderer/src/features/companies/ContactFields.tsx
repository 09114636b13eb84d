import type { ReactNode } from 'react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/FormField.tsx';
import { emptyContact, type CompanyForm, type ContactForm } from './companyForm.ts';

type Props = Readonly<{
  control: Control<CompanyForm>;
  register: UseFormRegister<CompanyForm>;
  errors: FieldErrors<CompanyForm>;
}>;

const contactKeys = ['name', 'kana', 'title', 'phone', 'email'] as const satisfies readonly (keyof ContactForm)[];

/** The company's contacts: add and remove rows, each with its own field messages. */
export function ContactFields({ control, register, errors }: Props): ReactNode {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' });
  return (
    <fieldset className="checks">
      <legend>{t('data.fields.company.contacts')}</legend>
      {fields.map((row, index) => (
        <div key={row.id} className="contact-block" role="group" aria-labelledby={`contact-${row.id}`}>
          <h3 id={`contact-${row.id}`}>{t('screens.companies.contact', { number: index + 1 })}</h3>
          <div className="form-grid">
            {contactKeys.map((key) => (
              <FormField
                key={key}
                label={t(`data.fields.contact.${key}`)}
                required={key === 'name'}
                error={errors.contacts?.[index]?.[key]?.message}
              >
                {(control) => (
                  <input
                    {...control}
                    type={key === 'email' ? 'email' : 'text'}
                    {...register(`contacts.${index}.${key}`)}
                  />
                )}
              </FormField>
            ))}
          </div>
          <button type="button" className="secondary" onClick={() => remove(index)}>
            {t('screens.companies.removeContact', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => append({ ...emptyContact })}>
        {t('screens.companies.addContact')}
      </button>
    </fieldset>
  );
}
