import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Programme } from '#shared/domain/programme';
import { ValidationError } from '#shared/domain/validationError';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { formToProgrammeInput, programmeToForm, type ProgrammeForm } from './programmeForm.ts';

const yenFormat = new Intl.NumberFormat('ja-JP');

/** `#/programmes`: the support programme's terms, one row per fiscal year, newest first. */
export function ProgrammeListPage(): ReactNode {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const programmes = useLiveQuery(
    async () => (await repositories.programmes.list()).sort((a, b) => b.fiscalYear - a.fiscalYear),
    [repositories],
  );
  if (programmes === undefined) return null;
  const rate = (r: Programme['rateSme']) => `${r.numerator}/${r.denominator}`;
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title={t('projects.programmes.title')}>
        <Link className="button" to="/programmes/new">
          {t('projects.programmes.new')}
        </Link>
      </PageHeader>
      <p className="muted">{t('projects.programmes.intro')}</p>
      {programmes.length === 0 ? (
        <EmptyState message={t('projects.programmes.empty')} />
      ) : (
        <ul className="panel" aria-label={t('projects.programmes.title')}>
          {programmes.map((programme) => (
            <li key={programme.id}>
              <Link to={`/programmes/${programme.id}`}>
                {t('projects.programmes.fiscalYear', { year: programme.fiscalYear })} {programme.name}
              </Link>
              <span className="meta">
                {t('projects.programmes.summary', {
                  awards: programme.awards,
                  min: `${yenFormat.format(programme.grantMinYen)}円`,
                  max: `${yenFormat.format(programme.grantMaxYen)}円`,
                  sme: rate(programme.rateSme),
                  large: rate(programme.rateLarge),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type TextField = Exclude<keyof ProgrammeForm, 'roundingMode'>;

function ProgrammeFormView({ programme }: Readonly<{ programme?: Programme }>): ReactNode {
  const { t, i18n } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [form, setForm] = useState<ProgrammeForm>(() => programmeToForm(programme));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const errorOf = (field: string) =>
    Object.entries(errors).find(([path]) => path === field || path.startsWith(`${field}.`))?.[1];
  const set = (field: keyof ProgrammeForm, value: string) => setForm((current) => ({ ...current, [field]: value }));

  const input = (field: TextField, options: Readonly<{ kind?: 'yen' | 'date' | 'area'; help?: string }> = {}) => (
    <FormField
      key={field}
      label={field === 'roundingUnit' ? t('projects.programmes.roundingUnit') : t(`data.fields.programme.${field}`)}
      error={errorOf(field === 'roundingUnit' ? 'rounding' : field)}
      help={options.help ?? (options.kind === 'yen' ? t('projects.programmes.yenHelp') : undefined)}
      {...(options.kind === 'area' ? { className: 'wide' } : {})}
    >
      {(control) =>
        options.kind === 'area' ? (
          <textarea {...control} value={form[field]} onChange={(event) => set(field, event.target.value)} />
        ) : (
          <input
            {...control}
            type={options.kind === 'date' ? 'date' : 'text'}
            {...(options.kind === 'yen' ? { inputMode: 'numeric' as const } : {})}
            value={form[field]}
            onChange={(event) => set(field, event.target.value)}
          />
        )
      }
    </FormField>
  );

  const save = async () => {
    setStatus('');
    try {
      const values = formToProgrammeInput(form);
      if (programme === undefined) {
        const saved = await repositories.programmes.create(values);
        await navigate(`/programmes/${saved.id}`, { replace: true });
      } else {
        await repositories.programmes.update(programme.id, values);
      }
      setErrors({});
      setStatus(t('screens.common.saved'));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setErrors(error.byField(i18n.language === 'en' ? 'en' : 'ja'));
      setStatus(t('screens.common.saveFailed'));
    }
  };

  return (
    <form
      className="panel"
      aria-label={t(programme === undefined ? 'projects.programmes.createTitle' : 'projects.programmes.editTitle')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        {input('name')}
        {input('fiscalYear', { kind: 'yen', help: '' })}
        {input('awards', { kind: 'yen', help: '' })}
        {input('grantMinYen', { kind: 'yen' })}
        {input('grantMaxYen', { kind: 'yen' })}
        {input('rateSme', { help: t('projects.programmes.rateHelp') })}
        {input('rateLarge', { help: t('projects.programmes.rateHelp') })}
        <FormField label={t('data.fields.programme.rounding')} error={errorOf('rounding.mode')}>
          {(control) => (
            <select
              {...control}
              value={form.roundingMode}
              onChange={(event) => set('roundingMode', event.target.value === 'halfUp' ? 'halfUp' : 'down')}
            >
              <option value="down">{t('projects.programmes.roundingDown')}</option>
              <option value="halfUp">{t('projects.programmes.roundingHalfUp')}</option>
            </select>
          )}
        </FormField>
        {input('roundingUnit', { kind: 'yen' })}
        {input('costCategories', { kind: 'area', help: t('projects.programmes.costCategoriesHelp') })}
        {input('callStart', { kind: 'date' })}
        {input('callEnd', { kind: 'date' })}
        {input('committeeDate', { kind: 'date' })}
        {input('periodStart')}
        {input('periodEnd', { kind: 'date' })}
        {input('eligibility', { kind: 'area' })}
        {input('notes', { kind: 'area' })}
      </div>
      <div className="form-actions">
        <button type="submit">{t('screens.common.save')}</button>
        <Link to="/programmes">{t('screens.common.back')}</Link>
        <p role="status">{status}</p>
      </div>
    </form>
  );
}

/** `#/programmes/new` and `#/programmes/:id`: one fiscal year's terms, entered and edited on screen. */
export function ProgrammeEditPage(): ReactNode {
  const { t } = useTranslation();
  const { id } = useParams();
  const repositories = useRepositories();
  const programme = useLiveQuery(
    async () => (id === undefined ? null : ((await repositories.programmes.get(id)) ?? null)),
    [id, repositories],
  );
  if (programme === undefined) return null;
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title={t(programme === null ? 'projects.programmes.createTitle' : 'projects.programmes.editTitle')} />
      <ProgrammeFormView key={programme?.id ?? 'new'} {...(programme === null ? {} : { programme })} />
    </section>
  );
}
