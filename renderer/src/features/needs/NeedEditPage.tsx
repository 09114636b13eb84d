import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { sortByKana } from '#shared/companies/kanaIndex';
import { needInputSchema, type Need } from '#shared/domain/need';
import { ValidationError } from '#shared/domain/validationError';
import { needStatuses, researchFields } from '#shared/master/vocabularies';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { domainResolver } from '../../ui/domainResolver.ts';
import { useEscapeCancels } from '../../ui/formKeys.ts';
import { FormField, type FieldControlProps } from '../../ui/FormField.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { MatchingPanel } from '../matching/MatchingPanel.tsx';
import { NeedDelete } from './NeedDelete.tsx';
import { formToNeedInput, needPatch, needToForm, type NeedForm } from './needForm.ts';

function CompanyChoice({
  field,
  register,
}: Readonly<{ field: FieldControlProps; register: UseFormRegisterReturn<'companyId'> }>): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const companies = useLiveQuery(
    async () => sortByKana((await db.companies.toArray()).filter((c) => !c.deleted)),
    [db],
  );
  return (
    <select {...field} {...register}>
      <option value="">{t('screens.needs.chooseCompany')}</option>
      {(companies ?? []).map((company) => (
        <option key={company.id} value={company.id}>
          {company.name}
        </option>
      ))}
    </select>
  );
}

function NeedFormView({
  need,
  companyId,
  visitId,
}: Readonly<{ need?: Need; companyId: string; visitId: string }>): ReactNode {
  const { t, i18n } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string>('');
  const locale = (): 'ja' | 'en' => (i18n.language === 'en' ? 'en' : 'ja');
  const resolver = useMemo(
    () =>
      domainResolver<NeedForm>('need', needInputSchema, formToNeedInput, () => (i18n.language === 'en' ? 'en' : 'ja'), [
        'keywords',
      ]),
    [i18n],
  );
  const { register, handleSubmit, formState, setError, setFocus, reset } = useForm<NeedForm>({
    defaultValues: needToForm(need, companyId, visitId),
    resolver,
  });
  const { errors, submitCount, isSubmitting } = formState;
  // The form shows what is stored: a change made elsewhere (a match sets マッチング済み) replaces the
  // values of the fields the user has not touched.
  useEffect(() => {
    if (need !== undefined) reset(needToForm(need, companyId, visitId), { keepDirtyValues: true });
  }, [need, companyId, visitId, reset]);
  const errorCount = Object.keys(errors).length;
  const company = useLiveQuery(
    async () => (companyId === '' ? undefined : await repositories.companies.get(companyId)),
    [companyId, repositories],
  );
  const cancelTo = need === undefined ? (companyId === '' ? '/needs' : `/companies/${companyId}`) : '/needs';

  const formRef = useEscapeCancels(() => void navigate(cancelTo));
  const [firstField] = useState<'companyId' | 'title'>(companyId === '' && need === undefined ? 'companyId' : 'title');
  useEffect(() => setFocus(firstField), [setFocus, firstField]);

  const onSubmit = handleSubmit(async (form) => {
    setStatus('');
    try {
      const input = formToNeedInput(form);
      if (need === undefined) {
        const saved = await repositories.needs.create(input);
        await navigate(`/needs/${saved.id}`, { replace: true });
      } else {
        const shown = formState.defaultValues as NeedForm;
        await repositories.needs.update(need.id, needPatch(form, shown));
        reset(form);
        setStatus(t('screens.common.saved'));
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const [path, message] of Object.entries(error.byField(locale())))
        setError(path as keyof NeedForm, { type: 'repository', message });
      setStatus(t('screens.common.saveFailed'));
    }
  });

  const fixedCompany = need !== undefined || companyId !== '';
  return (
    <form
      className="panel"
      aria-label={t(need === undefined ? 'screens.needs.createTitle' : 'screens.needs.editTitle')}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      ref={formRef}
    >
      <div className="form-grid">
        {fixedCompany ? (
          <p className="field">
            <span className="muted">{t('screens.needs.company')}</span>
            <Link to={`/companies/${need?.companyId ?? companyId}`}>
              {company?.name ?? need?.companyId ?? companyId}
            </Link>
          </p>
        ) : (
          <FormField label={t('data.fields.need.companyId')} required error={errors.companyId?.message}>
            {(field) => <CompanyChoice field={field} register={register('companyId')} />}
          </FormField>
        )}
        <FormField label={t('data.fields.need.title')} required error={errors.title?.message} className="wide">
          {(field) => <input {...field} type="text" {...register('title')} />}
        </FormField>
        <FormField label={t('data.fields.need.field')} required error={errors.field?.message}>
          {(field) => (
            <select {...field} {...register('field')}>
              <VocabularyOptions
                vocabulary="researchFields"
                values={researchFields}
                empty={t('screens.common.unset')}
              />
            </select>
          )}
        </FormField>
        <FormField label={t('data.fields.need.status')} error={errors.status?.message}>
          {(field) => (
            <select {...field} {...register('status')}>
              <VocabularyOptions vocabulary="needStatuses" values={needStatuses} />
            </select>
          )}
        </FormField>
        <FormField
          label={t('data.fields.need.keywords')}
          help={t('screens.companies.listHelp')}
          error={errors.keywords?.message}
          className="wide"
        >
          {(field) => <input {...field} type="text" {...register('keywords')} />}
        </FormField>
        <FormField label={t('data.fields.need.description')} error={errors.description?.message} className="wide">
          {(field) => <textarea {...field} {...register('description')} />}
        </FormField>
        <label className="check">
          <input type="checkbox" {...register('confidential')} />
          {t('data.fields.need.confidential')}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>
          {t('screens.common.save')}
        </button>
        <Link className="button" to={cancelTo}>
          {t('screens.common.cancel')}
        </Link>
        <p className="form-status" role="status">
          {status !== ''
            ? status
            : submitCount > 0 && errorCount > 0
              ? t('screens.common.checkInput', { count: errorCount })
              : ''}
        </p>
      </div>
    </form>
  );
}

/** ニーズを登録 (`#/needs/new?company=<id>`) and the need's page with its matching (`#/needs/<id>`). */
export function NeedEditPage(): ReactNode {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const repositories = useRepositories();
  const need = useLiveQuery(
    async () => (id === undefined ? null : ((await repositories.needs.get(id)) ?? false)),
    [id, repositories],
  );

  if (id === undefined) {
    return (
      <section className="page" aria-labelledby="page-title">
        <PageHeader title={t('screens.needs.createTitle')} subtitle={t('screens.common.formKeys')} />
        <NeedFormView companyId={params.get('company') ?? ''} visitId={params.get('visit') ?? ''} />
      </section>
    );
  }
  if (need === undefined) return <p className="muted">{t('screens.common.loading')}</p>;
  if (need === null || need === false) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('screens.needs.notFound')}</h1>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title={need.title} subtitle={t('screens.needs.editTitle')}>
        <NeedDelete need={need} />
      </PageHeader>
      <NeedFormView key={need.id} need={need} companyId={need.companyId} visitId={need.sourceVisitId} />
      <MatchingPanel need={need} />
    </section>
  );
}
