import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Company } from '#shared/domain/company';
import { describeFieldIssue, type FieldIssue } from '#shared/domain/validationError';
import type { Visit } from '#shared/domain/visit';
import { acceptFormValues, appendEdit } from '#shared/domain/visitDraft';
import { visitPurposes } from '#shared/master/vocabularies';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { AttachmentsField } from './AttachmentsField.tsx';
import { AttendeesField } from './AttendeesField.tsx';
import { errorProps, FieldError } from './FieldError.tsx';
import { FollowUpsField } from './FollowUpsField.tsx';
import { NeedsHeard } from './NeedsHeard.tsx';
import { SeedPicker } from './SeedPicker.tsx';
import { useAutosave } from './useAutosave.ts';
import { bufferDraft, clearBufferedDraft, takeBufferedDraft } from './draftBuffer.ts';
import { localNow, useDateDisplay } from './useDateDisplay.ts';
import { VisitDelete } from './VisitDelete.tsx';
import { VisitHistory } from './VisitHistory.tsx';
import './visits.css';
import { fieldId, toFormState, type VisitFormState } from './visitFormState.ts';
import { isImeKey } from '../../ui/formKeys.ts';

type Status =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'pending' }>
  | Readonly<{ kind: 'saved'; time: string; partial: boolean }>
  | Readonly<{ kind: 'finalised' }>
  | Readonly<{ kind: 'failed'; reason: string }>;

/** The inline message of a field, by dotted path (`followUps.0.text`), if it has one. */
export type MessageOf = (path: string) => string | undefined;

/** The visit log form: autosaves as a draft, finalises with full validation, keeps an edit history once final. */
export function VisitForm({ initial, company }: Readonly<{ initial: Visit; company: Company | undefined }>): ReactNode {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const repositories = useRepositories();
  const formatDay = useDateDisplay();
  // Values typed just before the window last closed, which the database never received.
  const [buffered] = useState(() => takeBufferedDraft(initial));
  const form = useForm<VisitFormState>({ defaultValues: buffered ?? toFormState(initial) });
  const [visit, setVisit] = useState(initial);
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [finalAttempted, setFinalAttempted] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const locale = i18n.language === 'en' ? 'en' : 'ja';

  const save = useCallback(async () => {
    try {
      const current = await repositories.visits.get(initial.id);
      if (current === undefined) return;
      const values = form.getValues();
      const savedJson = JSON.stringify(values);
      const result = acceptFormValues(current, values);
      let saved = current;
      if (result.changed.length > 0) {
        const at = new Date().toISOString();
        const history =
          current.state === 'final'
            ? { history: appendEdit(current.history, { at, by: db.deviceId, fields: result.changed }) }
            : {};
        saved = await repositories.visits.update(current.id, { ...result.patch, ...history });
      }
      // Typing during the save keeps the buffer for the next one.
      if (JSON.stringify(form.getValues()) === savedJson) clearBufferedDraft(initial.id);
      setVisit(saved);
      // After a refused finalise, keep showing what finalising needs until it is fixed.
      setIssues(finalAttempted ? acceptFormValues(saved, values, 'final').issues : result.issues);
      setStatus({ kind: 'saved', time: localNow().time, partial: result.issues.length > 0 });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }, [repositories, db, form, initial.id, finalAttempted]);

  const autosave = useAutosave(save);

  useEffect(() => {
    // Every change of a value (typing, setValue, field arrays) schedules a save.
    return form.subscribe({
      formState: { values: true },
      callback: () => {
        bufferDraft(initial.id, form.getValues());
        autosave.schedule();
        setStatus((current) => (current.kind === 'pending' ? current : { kind: 'pending' }));
      },
    });
  }, [form, autosave, initial.id]);

  useEffect(() => {
    // Restored values go to the database like any other change.
    if (buffered !== null) autosave.schedule();
  }, [buffered, autosave]);

  const finalise = useCallback(async () => {
    // Save what is pending first; the finalise then runs after it in the same queue.
    await autosave.flush();
    await autosave.run(async () => {
      const current = await repositories.visits.get(initial.id);
      if (current === undefined || current.state === 'final') return;
      const result = acceptFormValues(current, form.getValues(), 'final');
      if (result.issues.length > 0) {
        setFinalAttempted(true);
        setIssues(result.issues);
        const first = result.issues[0];
        if (first !== undefined) document.getElementById(fieldId(first.path.join('.')))?.focus();
        return;
      }
      const at = new Date().toISOString();
      const saved = await repositories.visits.update(current.id, {
        ...result.patch,
        state: 'final',
        history: appendEdit(current.history, { at, by: db.deviceId, fields: ['state'] }),
      });
      setVisit(saved);
      setIssues([]);
      setFinalAttempted(false);
      setStatus({ kind: 'finalised' });
    });
  }, [autosave, repositories, db, form, initial.id]);

  const messageOf: MessageOf = useMemo(() => {
    const byPath = new Map<string, string>();
    for (const issue of issues) {
      const path = issue.path.join('.');
      if (!byPath.has(path)) byPath.set(path, describeFieldIssue('visit', issue, locale));
    }
    return (path) => byPath.get(path);
  }, [issues, locale]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter') return;
    if (isImeKey(event.nativeEvent)) {
      event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      if (visit.state === 'draft') void finalise();
      else void autosave.flush();
      return;
    }
    // Enter in a one-line field never submits the form; fields that use Enter handle it themselves.
    if (event.target instanceof HTMLInputElement) event.preventDefault();
  };

  const { register } = form;
  const date = useWatch({ control: form.control, name: 'date' });
  const final = visit.state === 'final';
  const field = (name: keyof VisitFormState) => ({
    id: fieldId(name),
    ...errorProps(fieldId(name), messageOf(name)),
  });

  return (
    <section className="page visit-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{final ? t('visits.form.titleFinal') : t('visits.form.titleDraft')}</h1>
        <span className={final ? 'badge final' : 'badge draft'}>{t(`data.visitStates.${visit.state}`)}</span>
        <Link to="/visits" className="header-link">
          {t('visits.form.backToList')}
        </Link>
        <VisitDelete visit={visit} companyName={company?.name ?? ''} flush={autosave.flush} />
      </header>
      <p className="visit-company">
        {t('visits.form.company')}: <strong>{company?.name ?? t('visits.list.unknownCompany')}</strong>
      </p>
      <p className="muted">{final ? t('visits.form.finalState') : t('visits.form.draftState')}</p>
      <SaveStatus status={status} final={final} issues={issues.length} />
      <FormProvider {...form}>
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter and Ctrl+Enter are handled for the whole form */}
        <form
          className="visit-form"
          aria-labelledby="page-title"
          onSubmit={(event) => event.preventDefault()}
          onKeyDown={onKeyDown}
          onBlur={() => void autosave.flush()}
          noValidate
        >
          <fieldset className="form-grid">
            <legend>{t('visits.form.basics')}</legend>
            <div className="field">
              <label htmlFor={fieldId('date')}>{t('data.fields.visit.date')}</label>
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the first field of the form a visit starts on */}
              <input type="date" autoFocus {...field('date')} {...register('date')} />
              {date !== '' && <span className="date-display">{formatDay(date)}</span>}
              <FieldError id={`${fieldId('date')}-error`} message={messageOf('date')} />
            </div>
            <div className="field">
              <label htmlFor={fieldId('startTime')}>{t('data.fields.visit.startTime')}</label>
              <input type="time" {...field('startTime')} {...register('startTime')} />
              <FieldError id={`${fieldId('startTime')}-error`} message={messageOf('startTime')} />
            </div>
            <div className="field">
              <label htmlFor={fieldId('endTime')}>{t('data.fields.visit.endTime')}</label>
              <input type="time" {...field('endTime')} {...register('endTime')} />
              <FieldError id={`${fieldId('endTime')}-error`} message={messageOf('endTime')} />
            </div>
            <div className="field">
              <label htmlFor={fieldId('purpose')}>{t('data.fields.visit.purpose')}</label>
              <select {...field('purpose')} {...register('purpose')}>
                <VocabularyOptions
                  vocabulary="visitPurposes"
                  values={visitPurposes}
                  empty={t('visits.form.purposeNone')}
                />
              </select>
              <FieldError id={`${fieldId('purpose')}-error`} message={messageOf('purpose')} />
            </div>
            <div className="field">
              <label htmlFor={fieldId('coordinator')}>{t('data.fields.visit.coordinator')}</label>
              <input type="text" maxLength={100} {...field('coordinator')} {...register('coordinator')} />
              <FieldError id={`${fieldId('coordinator')}-error`} message={messageOf('coordinator')} />
            </div>
          </fieldset>
          <AttendeesField messageOf={messageOf} />
          <div className="field wide">
            <label htmlFor={fieldId('summary')}>{t('data.fields.visit.summary')}</label>
            <textarea rows={6} maxLength={20_000} {...field('summary')} {...register('summary')} />
            <FieldError id={`${fieldId('summary')}-error`} message={messageOf('summary')} />
          </div>
          <NeedsHeard visitId={initial.id} companyId={initial.companyId} />
          <SeedPicker />
          <FollowUpsField messageOf={messageOf} />
          <div className="field">
            <label htmlFor={fieldId('nextVisit')}>{t('data.fields.visit.nextVisit')}</label>
            <input type="date" {...field('nextVisit')} {...register('nextVisit')} />
            <FieldError id={`${fieldId('nextVisit')}-error`} message={messageOf('nextVisit')} />
          </div>
          <AttachmentsField />
          {!final && (
            <div className="form-actions">
              <button type="button" onClick={() => void finalise()} aria-keyshortcuts="Control+Enter">
                {t('visits.form.finalise')}
              </button>
              <span className="muted">{t('visits.form.finaliseHint')}</span>
            </div>
          )}
        </form>
      </FormProvider>
      {final && <VisitHistory history={visit.history} />}
    </section>
  );
}

function SaveStatus({
  status,
  final,
  issues,
}: Readonly<{ status: Status; final: boolean; issues: number }>): ReactNode {
  const { t } = useTranslation();
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return '';
      case 'pending':
        return t('visits.form.saving');
      case 'saved':
        return final
          ? t('visits.form.savedFinal', { time: status.time })
          : t('visits.form.savedDraft', { time: status.time });
      case 'finalised':
        return t('visits.form.finalised');
      case 'failed':
        return t('visits.form.saveFailed', { reason: status.reason });
      default:
        return assertNever(status);
    }
  })();
  return (
    <div className="save-status">
      <p role="status">{text}</p>
      {issues > 0 && (
        <p role="alert" className="field-error">
          {t('data.validation.summary', { count: issues })}
          {status.kind === 'saved' && status.partial ? ` ${t('visits.form.notSaved')}` : ''}
        </p>
      )}
    </div>
  );
}

function assertNever(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}
