import { useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchInputSchema, type Match, type MatchInput } from '#shared/domain/match';
import { ValidationError } from '#shared/domain/validationError';
import { matchStatuses } from '#shared/master/vocabularies';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { domainResolver } from '../../ui/domainResolver.ts';
import { useEscapeCancels } from '../../ui/formKeys.ts';
import { FormField } from '../../ui/FormField.tsx';
import { planDeleteRecord } from '../../db/recordWrites.ts';
import { DeleteAction } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';

type MatchForm = { status: string; nextAction: string; due: string; reason: string };

/** One need–seed match: status (提案 → 連絡済み → テーマ化 / 見送り), next action, due date and reason. */
export function MatchEditor({ match, seedTitle }: Readonly<{ match: Match; seedTitle: string }>): ReactNode {
  const { t, i18n } = useTranslation();
  const repositories = useRepositories();
  const [status, setStatus] = useState('');
  const run = useOperations();
  const locale = i18n.language === 'en' ? 'en' : 'ja';
  const toInput = (form: MatchForm) =>
    ({ ...form, needId: match.needId, seedId: match.seedId }) as unknown as MatchInput;
  const resolver = useMemo(
    () =>
      domainResolver<MatchForm>(
        'match',
        matchInputSchema,
        (form) => ({ ...form, needId: match.needId, seedId: match.seedId }),
        () => locale,
      ),
    [match.needId, match.seedId, locale],
  );
  const { register, handleSubmit, formState, setError, reset } = useForm<MatchForm>({
    defaultValues: { status: match.status, nextAction: match.nextAction, due: match.due, reason: match.reason },
    resolver,
  });
  const { errors } = formState;
  // Esc puts back the stored values.
  const formRef = useEscapeCancels(() => reset());

  const onSubmit = handleSubmit(async (form) => {
    try {
      await repositories.matches.update(match.id, toInput(form));
      reset(form);
      setStatus(t('screens.common.saved'));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const [path, message] of Object.entries(error.byField(locale)))
        setError(path as keyof MatchForm, { type: 'repository', message });
    }
  });

  return (
    <form
      className="match-editor"
      noValidate
      aria-label={t('screens.matching.matchOf', { title: seedTitle })}
      onSubmit={(event) => void onSubmit(event)}
      ref={formRef}
    >
      <h3>
        <Link to={`/seeds/${match.seedId}`}>{seedTitle}</Link>
      </h3>
      <div className="form-grid">
        <FormField label={t('data.fields.match.status')} error={errors.status?.message}>
          {(field) => (
            <select {...field} {...register('status')}>
              <VocabularyOptions vocabulary="matchStatuses" values={matchStatuses} />
            </select>
          )}
        </FormField>
        <FormField label={t('data.fields.match.nextAction')} error={errors.nextAction?.message}>
          {(field) => <input {...field} type="text" {...register('nextAction')} />}
        </FormField>
        <FormField label={t('data.fields.match.due')} error={errors.due?.message}>
          {(field) => <input {...field} type="date" {...register('due')} />}
        </FormField>
        <FormField label={t('data.fields.match.reason')} error={errors.reason?.message} className="wide">
          {(field) => <textarea {...field} rows={2} {...register('reason')} />}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit">{t('screens.common.save')}</button>
        <DeleteAction
          label={t('takeBack.match.delete')}
          buttonLabel={t('takeBack.match.deleteLabel', { name: seedTitle })}
          title={t('takeBack.match.title', { name: seedTitle })}
          onConfirm={() =>
            run({ message: t('takeBack.deleted', { name: seedTitle }), writes: planDeleteRecord('matches', match) })
          }
        >
          <p>{t('takeBack.alone')}</p>
        </DeleteAction>
        <p className="form-status" role="status">
          {status}
        </p>
      </div>
    </form>
  );
}
