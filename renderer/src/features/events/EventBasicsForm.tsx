import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { KakehashiEvent } from '#shared/domain/event';
import { ValidationError } from '#shared/domain/validationError';
import { regionIds, type RegionId } from '#shared/master/regions';
import { eventKinds, type EventKind } from '#shared/master/vocabularies';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { Field } from './Field.tsx';
import { useUiLanguage } from './useUiLanguage.ts';

type Draft = {
  kind: EventKind;
  title: string;
  region: RegionId | '';
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  organisers: string;
  handoutUrl: string;
  agenda: { time: string; title: string }[];
};

function draftOf(event: KakehashiEvent | null): Draft {
  if (event === null) {
    return {
      kind: 'seedBriefing',
      title: '',
      region: '',
      date: '',
      startTime: '',
      endTime: '',
      venue: '',
      organisers: '',
      handoutUrl: '',
      agenda: [],
    };
  }
  return {
    kind: event.kind,
    title: event.title,
    region: event.region,
    date: event.date,
    startTime: event.startTime,
    endTime: event.endTime,
    venue: event.venue,
    organisers: event.organisers.join('\n'),
    handoutUrl: event.handoutUrl,
    agenda: event.agenda.map((item) => ({ ...item })),
  };
}

const isKind = (value: string): value is EventKind => (eventKinds as readonly string[]).includes(value);
const isRegion = (value: string): value is RegionId => (regionIds as readonly string[]).includes(value);

/** 基本情報: kind, title, region, date and time, venue, organisers, agenda and the handout's QR address. */
export function EventBasicsForm({ event }: Readonly<{ event: KakehashiEvent | null }>): ReactNode {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { events } = useRepositories();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(event));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  const set = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setStatus('idle');
  };

  const save = async () => {
    const input = {
      ...draft,
      organisers: draft.organisers
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      agenda: draft.agenda.filter((item) => item.time !== '' || item.title.trim() !== ''),
    };
    try {
      const saved = event === null ? await events.create(input) : await events.update(event.id, input);
      setErrors({});
      setStatus('saved');
      if (event === null) void navigate(`/events/${saved.id}`, { replace: true });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setErrors(error.byField(language));
      setStatus('invalid');
    }
  };

  const setAgenda = (index: number, patch: Partial<Draft['agenda'][number]>) =>
    set({ agenda: draft.agenda.map((item, i) => (i === index ? { ...item, ...patch } : item)) });

  return (
    <form
      className="event-form"
      aria-labelledby="event-basics"
      noValidate
      onSubmit={(submit) => {
        submit.preventDefault();
        void save();
      }}
    >
      <h2 id="event-basics">{t('events.editor.basics')}</h2>
      <div className="form-grid">
        <Field label={t('data.fields.event.kind')} error={errors['kind']}>
          {(props) => (
            <select
              {...props}
              value={draft.kind}
              onChange={(e) => isKind(e.target.value) && set({ kind: e.target.value })}
            >
              <VocabularyOptions vocabulary="eventKinds" values={eventKinds} />
            </select>
          )}
        </Field>
        <Field label={t('data.fields.event.title')} error={errors['title']}>
          {(props) => <input {...props} value={draft.title} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
        <Field label={t('data.fields.event.region')} error={errors['region']}>
          {(props) => (
            <select
              {...props}
              value={draft.region}
              onChange={(e) => set({ region: isRegion(e.target.value) ? e.target.value : '' })}
            >
              <VocabularyOptions vocabulary="regions" values={regionIds} empty={t('events.editor.noRegion')} />
            </select>
          )}
        </Field>
        <Field label={t('data.fields.event.date')} error={errors['date']}>
          {(props) => (
            <input {...props} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
          )}
        </Field>
        <Field label={t('data.fields.event.startTime')} error={errors['startTime']}>
          {(props) => (
            <input
              {...props}
              type="time"
              value={draft.startTime}
              onChange={(e) => set({ startTime: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('data.fields.event.endTime')} error={errors['endTime']}>
          {(props) => (
            <input {...props} type="time" value={draft.endTime} onChange={(e) => set({ endTime: e.target.value })} />
          )}
        </Field>
        <Field label={t('data.fields.event.venue')} error={errors['venue']}>
          {(props) => <input {...props} value={draft.venue} onChange={(e) => set({ venue: e.target.value })} />}
        </Field>
        <Field
          label={t('data.fields.event.organisers')}
          error={errors['organisers']}
          help={t('events.editor.organisersHelp')}
        >
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={draft.organisers}
              onChange={(e) => set({ organisers: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('events.handout.url')} error={errors['handoutUrl']}>
          {(props) => (
            <input
              {...props}
              type="url"
              value={draft.handoutUrl}
              onChange={(e) => set({ handoutUrl: e.target.value })}
            />
          )}
        </Field>
      </div>
      <fieldset className="agenda-editor">
        <legend>{t('events.editor.agenda')}</legend>
        <p className="help">{t('events.editor.agendaHelp')}</p>
        {draft.agenda.map((item, index) => (
          <div key={index} className="agenda-row">
            <Field label={t('events.editor.agendaTime')} error={errors[`agenda.${index}.time`]}>
              {(props) => (
                <input
                  {...props}
                  type="time"
                  value={item.time}
                  onChange={(e) => setAgenda(index, { time: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('events.editor.agendaItem')} error={errors[`agenda.${index}.title`]}>
              {(props) => (
                <input {...props} value={item.title} onChange={(e) => setAgenda(index, { title: e.target.value })} />
              )}
            </Field>
            <button
              type="button"
              aria-label={t('events.editor.removeAgendaItem', { index: index + 1 })}
              onClick={() => set({ agenda: draft.agenda.filter((_item, i) => i !== index) })}
            >
              {t('events.seeds.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set({ agenda: [...draft.agenda, { time: '', title: '' }] })}>
          {t('events.editor.addAgendaItem')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('events.editor.save')}
        </button>
        <p role="status" className={status === 'invalid' ? 'field-error' : 'muted'}>
          {status === 'saved' && t('events.editor.saved')}
          {status === 'invalid' && t('events.editor.invalid')}
        </p>
      </div>
    </form>
  );
}
