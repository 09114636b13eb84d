import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { seedInputSchema, type Seed, type SeedVisibleField } from '#shared/domain/seed';
import { seedPublicView } from '#shared/domain/seedPublicView';
import {
  describeFieldIssue,
  toFieldIssues,
  ValidationError,
  type FieldIssue,
  type MessageLocale,
} from '#shared/domain/validationError';
import { researchFields, researchStages } from '#shared/master/vocabularies';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { emptySeedForm, previewSeed, toSeedForm, toSeedInput, type SeedFormState } from './seedFormState.ts';
import { SeedSheetPreview } from './SeedSheetPreview.tsx';
import { SeedDelete } from './SeedDelete.tsx';
import './seeds.css';
import { isImeKey } from '../../ui/formKeys.ts';

type TextField = Exclude<SeedVisibleField, 'figureAttachmentId'>;

// The visible fields the editor offers, in sheet order; the long ones are text areas.
const textFields: readonly Readonly<{ name: TextField; multiline: boolean; max: number }>[] = [
  { name: 'institution', multiline: false, max: 200 },
  { name: 'researcher', multiline: false, max: 200 },
  { name: 'summary', multiline: true, max: 5000 },
  { name: 'advantage', multiline: true, max: 5000 },
  { name: 'applications', multiline: true, max: 5000 },
  { name: 'keywords', multiline: false, max: 2000 },
  { name: 'ipStatus', multiline: false, max: 500 },
  { name: 'contact', multiline: false, max: 500 },
];

function errorsOf(issues: readonly FieldIssue[], locale: MessageLocale): FieldErrors<SeedFormState> {
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of issues) {
    const top = String(issue.path[0] ?? 'title');
    errors[top] ??= { type: issue.key, message: describeFieldIssue('seed', issue, locale) };
  }
  return errors;
}

/** The seed-sheet editor: each visible field has a public/internal toggle; the public version is previewed beside it. */
export function SeedEditor({ initial }: Readonly<{ initial: Seed | null }>): ReactNode {
  const { t, i18n } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const locale: MessageLocale = i18n.language === 'en' ? 'en' : 'ja';
  const localeRef = useRef(locale);
  useEffect(() => {
    localeRef.current = locale;
  }, [locale]);
  const [saved, setSaved] = useState(false);

  // The same zod schema the repository applies, with messages that name the field.
  const resolver: Resolver<SeedFormState> = (values) => {
    const result = seedInputSchema.safeParse(toSeedInput(values));
    if (result.success) return { values, errors: {} };
    return { values: {}, errors: errorsOf(toFieldIssues(result.error), localeRef.current) };
  };
  const form = useForm<SeedFormState>({
    defaultValues: initial === null ? emptySeedForm() : toSeedForm(initial),
    resolver,
  });
  // Without a name, useWatch returns every value (its type is partial only for the general case).
  const values = useWatch({ control: form.control }) as SeedFormState;
  const preview = seedPublicView(previewSeed(values, initial?.id ?? ''));

  const submit = form.handleSubmit(async (submitted) => {
    try {
      const input = toSeedInput(submitted);
      if (initial === null) {
        const created = await repositories.seeds.create(input);
        void navigate(`/seeds/${created.id}`, { replace: true });
        return;
      }
      await repositories.seeds.update(initial.id, input);
      setSaved(true);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const [name, value] of Object.entries(errorsOf(error.issues, locale))) {
        form.setError(name as keyof SeedFormState, { type: 'server', message: value.message ?? '' });
      }
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter') return;
    if (isImeKey(event.nativeEvent)) {
      event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void submit();
    } else if (event.target instanceof HTMLInputElement) {
      event.preventDefault();
    }
  };

  const errorCount = Object.keys(form.formState.errors).length;
  const titleKey = initial === null ? 'seedsEditor.editor.titleNew' : 'seedsEditor.editor.titleEdit';

  return (
    <section className="page seed-editor-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t(titleKey)}</h1>
        <Link to="/seeds" className="header-link">
          {t('seedsEditor.editor.backToList')}
        </Link>
        {initial !== null && <SeedDelete seed={initial} />}
      </header>
      <div className="seed-editor-layout">
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter and Ctrl+Enter are handled for the whole form */}
        <form
          className="seed-form"
          aria-label={t('seedsEditor.editor.sheet')}
          noValidate
          onKeyDown={onKeyDown}
          onChange={() => setSaved(false)}
          onSubmit={(event) => void submit(event)}
        >
          {errorCount > 0 && (
            <p role="alert" className="field-error">
              {t('seedsEditor.editor.invalid', { count: errorCount })}
            </p>
          )}
          <AlwaysPublicFields form={form} />
          {textFields.map((spec) => (
            <VisibleFieldRow key={spec.name} form={form} {...spec} />
          ))}
          <EnglishFields form={form} />
          <div className="form-actions">
            <button type="submit" aria-keyshortcuts="Control+Enter">
              {t('seedsEditor.editor.save')}
            </button>
            <span role="status">{saved ? t('seedsEditor.editor.saved') : ''}</span>
          </div>
        </form>
        <SeedSheetPreview view={preview} />
      </div>
    </section>
  );
}

function AlwaysPublicFields({ form }: Readonly<{ form: UseFormReturn<SeedFormState> }>): ReactNode {
  const { t } = useTranslation();
  const { register, formState } = form;
  const message = (name: 'title' | 'titleKana' | 'field' | 'stage') => formState.errors[name]?.message;
  const described = (name: 'title' | 'titleKana' | 'field' | 'stage') =>
    message(name) === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `seed-${name}-error` };
  return (
    <>
      <div className="seed-row">
        <label htmlFor="seed-title">{t('data.fields.seed.title')}</label>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the first field of the editor */}
        <input id="seed-title" type="text" maxLength={200} autoFocus {...described('title')} {...register('title')} />
        <span className="visibility fixed">{t('seedsEditor.editor.alwaysPublic')}</span>
        <FieldMessage id="seed-title-error" message={message('title')} />
      </div>
      <div className="seed-row">
        <label htmlFor="seed-titleKana">{t('data.fields.seed.titleKana')}</label>
        <input id="seed-titleKana" type="text" maxLength={200} {...described('titleKana')} {...register('titleKana')} />
        <span className="visibility fixed">{t('seedsEditor.editor.searchOnly')}</span>
        <FieldMessage id="seed-titleKana-error" message={message('titleKana')} />
      </div>
      <div className="seed-row">
        <label htmlFor="seed-field">{t('data.fields.seed.field')}</label>
        <select id="seed-field" {...described('field')} {...register('field')}>
          <VocabularyOptions
            vocabulary="researchFields"
            values={researchFields}
            empty={t('seedsEditor.editor.choose')}
          />
        </select>
        <span className="visibility fixed">{t('seedsEditor.editor.alwaysPublic')}</span>
        <FieldMessage id="seed-field-error" message={message('field')} />
      </div>
      <div className="seed-row">
        <label htmlFor="seed-stage">{t('data.fields.seed.stage')}</label>
        <select id="seed-stage" {...described('stage')} {...register('stage')}>
          <VocabularyOptions
            vocabulary="researchStages"
            values={researchStages}
            empty={t('seedsEditor.editor.choose')}
          />
        </select>
        <span className="visibility fixed">{t('seedsEditor.editor.alwaysPublic')}</span>
        <FieldMessage id="seed-stage-error" message={message('stage')} />
      </div>
    </>
  );
}

function VisibleFieldRow({
  form,
  name,
  multiline,
  max,
}: Readonly<{ form: UseFormReturn<SeedFormState>; name: TextField; multiline: boolean; max: number }>): ReactNode {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const isPublic = useWatch({ control, name: `visibility.${name}` });
  const label = t(`data.fields.seed.${name}`);
  const id = `seed-${name}`;
  const message = formState.errors[name]?.message;
  const described = {
    'aria-describedby': [message === undefined ? '' : `${id}-error`, name === 'keywords' ? `${id}-help` : '']
      .filter((part) => part !== '')
      .join(' '),
    ...(message === undefined ? {} : { 'aria-invalid': true }),
  };
  const describedProps = described['aria-describedby'] === '' ? {} : described;
  return (
    <div className={isPublic ? 'seed-row' : 'seed-row internal'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} maxLength={max} {...describedProps} {...register(name)} />
      ) : (
        <input id={id} type="text" maxLength={max} {...describedProps} {...register(name)} />
      )}
      <span className="visibility">
        <label>
          <input
            type="checkbox"
            aria-label={t('seedsEditor.editor.publicToggle', { field: label })}
            {...register(`visibility.${name}`)}
          />
          <span aria-hidden="true">{t('seedsEditor.editor.public')}</span>
        </label>
        {!isPublic && <span className="tag internal-tag">{t('seedsEditor.editor.internal')}</span>}
      </span>
      {name === 'keywords' && (
        <p id={`${id}-help`} className="help">
          {t('seedsEditor.editor.keywordsHelp')}
        </p>
      )}
      <FieldMessage id={`${id}-error`} message={message} />
    </div>
  );
}

// The English versions, for English handouts; each follows its Japanese field's visibility.
const englishFields = [
  { name: 'titleEn', multiline: false, max: 200 },
  { name: 'summaryEn', multiline: true, max: 5000 },
  { name: 'advantageEn', multiline: true, max: 5000 },
  { name: 'applicationsEn', multiline: true, max: 5000 },
] as const;

function EnglishFields({ form }: Readonly<{ form: UseFormReturn<SeedFormState> }>): ReactNode {
  const { t } = useTranslation();
  const { register, formState } = form;
  return (
    <fieldset className="seed-english" aria-describedby="seed-english-help">
      <legend>{t('seedsEditor.editor.english')}</legend>
      <p id="seed-english-help" className="help">
        {t('seedsEditor.editor.englishHelp')}
      </p>
      {englishFields.map(({ name, multiline, max }) => {
        const id = `seed-${name}`;
        const message = formState.errors[name]?.message;
        const described = message === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${id}-error` };
        return (
          <div key={name} className="seed-row">
            <label htmlFor={id}>{t(`data.fields.seed.${name}`)}</label>
            {multiline ? (
              <textarea id={id} rows={3} maxLength={max} lang="en" {...described} {...register(name)} />
            ) : (
              <input id={id} type="text" maxLength={max} lang="en" {...described} {...register(name)} />
            )}
            <FieldMessage id={`${id}-error`} message={message} />
          </div>
        );
      })}
    </fieldset>
  );
}

function FieldMessage({ id, message }: Readonly<{ id: string; message: string | undefined }>): ReactNode {
  if (message === undefined) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
