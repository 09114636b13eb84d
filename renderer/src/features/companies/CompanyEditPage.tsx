import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { companyDuplicateKeys, findDuplicateCompanies } from '#shared/companies/duplicateKey';
import { companyInputSchema, type Company } from '#shared/domain/company';
import { ValidationError } from '#shared/domain/validationError';
import { municipalities, outsidePrefectureId } from '#shared/master/municipalities';
import { postalArea } from '#shared/master/postalCodes';
import { companyKinds, companySizes, researchFields } from '#shared/master/vocabularies';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { domainResolver } from '../../ui/domainResolver.ts';
import { useEscapeCancels } from '../../ui/formKeys.ts';
import { FormField } from '../../ui/FormField.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { companyToForm, formToCompanyInput, type CompanyForm } from './companyForm.ts';
import { ContactFields } from './ContactFields.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { usePostalLookup } from './usePostalLookup.ts';
import { useMunicipalityName } from './useVocabularyLabels.ts';
import './companies.css';

function CompanyFormView({ company }: Readonly<{ company?: Company }>): ReactNode {
  const { t, i18n } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const municipalityName = useMunicipalityName();
  const [failure, setFailure] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<readonly Company[]>([]);
  const resolver = useMemo(
    () =>
      domainResolver<CompanyForm>(
        'company',
        companyInputSchema,
        formToCompanyInput,
        () => (i18n.language === 'en' ? 'en' : 'ja'),
        ['tags'],
      ),
    [i18n],
  );
  const { register, handleSubmit, control, formState, setError, setFocus, setValue, getValues } = useForm<CompanyForm>({
    defaultValues: companyToForm(company),
    resolver,
  });
  const { errors, submitCount, isSubmitting } = formState;
  const errorCount = Object.keys(errors).length;
  const postalCode = useWatch({ control, name: 'postalCode' });
  const postal = postalArea(postalCode);
  const lookup = usePostalLookup(postalCode);
  // What the postal code filled in, so a later code may replace it but never the user's own entry.
  const autoFilled = useRef<{ municipality?: string; address?: string }>({});
  const cancelTo = company === undefined ? '/companies' : `/companies/${company.id}`;

  const formRef = useEscapeCancels(() => void navigate(cancelTo));
  useEffect(() => setFocus('name'), [setFocus]);

  useEffect(() => {
    if (lookup?.fill.kind !== 'place') return;
    const { municipality, address } = lookup.fill;
    const fill = (name: 'municipality' | 'address', value: string) => {
      const current = getValues(name);
      if (current.trim() !== '' && current !== autoFilled.current[name]) return;
      setValue(name, value, { shouldDirty: true });
      autoFilled.current[name] = value;
    };
    fill('municipality', municipality);
    fill('address', address);
  }, [lookup, getValues, setValue]);

  const onPostalBlur = () => {
    if (postal === 'outside' && getValues('municipality') === '') setValue('municipality', outsidePrefectureId);
  };

  const postalHelp = (): string | undefined => {
    if (lookup?.fill.kind === 'place') {
      return lookup.fill.municipality === outsidePrefectureId
        ? t('screens.companies.postalPlaceOutside', { place: lookup.fill.address })
        : t('screens.companies.postalPlace', { place: lookup.fill.address });
    }
    if (lookup?.fill.kind === 'several') return t('screens.companies.postalSeveral');
    if (postal === 'yamagata') return t('screens.companies.postalInYamagata');
    if (postal === 'outside') return t('screens.companies.postalOutside');
    return undefined;
  };

  // `anyway`: the user saw the duplicate warning and chose 別の企業として保存する.
  const save = async (form: CompanyForm, anyway: boolean) => {
    setFailure(null);
    try {
      const input = formToCompanyInput(form);
      const found = findDuplicateCompanies(
        {
          id: company?.id ?? '',
          name: input.name,
          corporateNumber: input.corporateNumber ?? '',
          municipality: input.municipality ?? '',
        },
        await repositories.companies.list(),
      );
      setDuplicates(found);
      if (found.length > 0 && !anyway) return;
      const saved =
        company === undefined
          ? await repositories.companies.create(input)
          : await repositories.companies.update(company.id, input);
      await navigate(`/companies/${saved.id}`);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const [path, message] of Object.entries(error.byField(i18n.language === 'en' ? 'en' : 'ja'))) {
        setError(path as keyof CompanyForm, { type: 'repository', message });
      }
      setFailure(t('screens.common.saveFailed'));
    }
  };
  const onSubmit = handleSubmit((form) => save(form, false));
  const onSaveAnyway = handleSubmit((form) => save(form, true));

  const text = (name: 'name' | 'nameKana' | 'corporateNumber' | 'address' | 'phone' | 'url', required = false) => (
    <FormField label={t(`data.fields.company.${name}`)} required={required} error={errors[name]?.message}>
      {(field) => <input {...field} type="text" {...register(name)} />}
    </FormField>
  );

  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader
        title={t(company === undefined ? 'screens.companies.createTitle' : 'screens.companies.editTitle')}
        subtitle={t('screens.common.formKeys')}
      />
      <form className="panel" noValidate onSubmit={(event) => void onSubmit(event)} ref={formRef}>
        <div className="form-grid">
          {text('name', true)}
          {text('nameKana')}
          <FormField label={t('data.fields.company.kind')} required error={errors.kind?.message}>
            {(field) => (
              <select {...field} {...register('kind')}>
                <VocabularyOptions vocabulary="companyKinds" values={companyKinds} empty={t('screens.common.unset')} />
              </select>
            )}
          </FormField>
          <FormField label={t('data.fields.company.size')} error={errors.size?.message}>
            {(field) => (
              <select {...field} {...register('size')}>
                <VocabularyOptions vocabulary="companySizes" values={companySizes} />
              </select>
            )}
          </FormField>
          {text('corporateNumber')}
          <FormField label={t('data.fields.company.postalCode')} error={errors.postalCode?.message} help={postalHelp()}>
            {(field) => (
              <input {...field} type="text" inputMode="numeric" {...register('postalCode', { onBlur: onPostalBlur })} />
            )}
          </FormField>
          <FormField label={t('data.fields.company.municipality')} error={errors.municipality?.message}>
            {(field) => (
              <select {...field} {...register('municipality')}>
                <option value="">{t('screens.common.unset')}</option>
                {municipalities.map((m) => (
                  <option key={m.id} value={m.id}>
                    {municipalityName(m.id)}
                  </option>
                ))}
                <option value={outsidePrefectureId}>{municipalityName(outsidePrefectureId)}</option>
              </select>
            )}
          </FormField>
          {text('address')}
          {text('phone')}
          {text('url')}
          <fieldset className="checks field">
            <legend>{t('data.fields.company.fields')}</legend>
            {researchFields.map((field) => (
              <label key={field} className="check">
                <input type="checkbox" value={field} {...register('fields')} />
                {t(`data.researchFields.${field}`)}
              </label>
            ))}
          </fieldset>
          <FormField
            label={t('data.fields.company.tags')}
            help={t('screens.companies.listHelp')}
            error={errors.tags?.message}
            className="wide"
          >
            {(field) => <input {...field} type="text" {...register('tags')} />}
          </FormField>
          <FormField label={t('data.fields.company.notes')} error={errors.notes?.message} className="wide">
            {(field) => <textarea {...field} {...register('notes')} />}
          </FormField>
        </div>
        <ContactFields control={control} register={register} errors={errors} />
        {duplicates.length > 0 && (
          <DuplicateWarning
            others={duplicates}
            keys={companyDuplicateKeys({
              name: getValues('name'),
              corporateNumber: getValues('corporateNumber'),
              municipality: getValues('municipality'),
            })}
            onSaveAnyway={() => void onSaveAnyway()}
          />
        )}
        <div className="form-actions">
          <button type="submit" disabled={isSubmitting}>
            {t('screens.common.save')}
          </button>
          <Link className="button" to={cancelTo}>
            {t('screens.common.cancel')}
          </Link>
          <p className="form-status bad" role="status">
            {failure ??
              (submitCount > 0 && errorCount > 0 ? t('screens.common.checkInput', { count: errorCount }) : '')}
          </p>
        </div>
      </form>
    </section>
  );
}

/** 企業を登録 / 企業を編集 (`#/companies/new`, `#/companies/<id>/edit`). */
export function CompanyEditPage(): ReactNode {
  const { t } = useTranslation();
  const { id } = useParams();
  const repositories = useRepositories();
  const company = useLiveQuery(
    async () => (id === undefined ? null : ((await repositories.companies.get(id)) ?? false)),
    [id, repositories],
  );
  if (id === undefined) return <CompanyFormView />;
  if (company === undefined) return <p className="muted">{t('screens.common.loading')}</p>;
  if (company === false || company === null) return <p>{t('screens.companies.notFound')}</p>;
  return <CompanyFormView key={company.id} company={company} />;
}
