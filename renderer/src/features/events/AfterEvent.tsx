import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, KakehashiEvent } from '#shared/domain/event';
import type { Seed } from '#shared/domain/seed';
import { consultationRecords } from '#shared/events/consultationRecords';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import { Field } from './Field.tsx';
import { useEventUpdate } from './useEventUpdate.ts';
import { useUiLanguage } from './useUiLanguage.ts';

function AttendanceList({
  event,
  names,
}: Readonly<{ event: KakehashiEvent; names: ReadonlyMap<string, string> }>): ReactNode {
  const { t } = useTranslation();
  const update = useEventUpdate(event.id);
  const rowOf = (companyId: string): Attendance =>
    event.attendance.find((row) => row.companyId === companyId) ??
    ({ companyId, names: [], attended: false } as unknown as Attendance);
  const saveRow = (row: Attendance) =>
    void update((current) => ({
      attendance: [...current.attendance.filter((other) => other.companyId !== row.companyId), row],
    }));
  if (event.invitedCompanyIds.length === 0) return <p className="muted">{t('events.after.noInvited')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('events.after.company')}</th>
          <th scope="col">{t('events.after.attended')}</th>
          <th scope="col">{t('events.after.names')}</th>
        </tr>
      </thead>
      <tbody>
        {event.invitedCompanyIds.map((companyId) => {
          const row = rowOf(companyId);
          const name = names.get(companyId) ?? companyId;
          return (
            <tr key={companyId}>
              <th scope="row">{name}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t('events.after.attended')}: ${name}`}
                  checked={row.attended}
                  onChange={(e) => saveRow({ ...row, attended: e.target.checked })}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('events.after.names')}: ${name}`}
                  defaultValue={row.names.join('、')}
                  onBlur={(e) =>
                    saveRow({
                      ...row,
                      names: e.target.value
                        .split(/[、,，]/)
                        .map((part) => part.trim())
                        .filter((part) => part !== ''),
                    })
                  }
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** 開催後の記録: attendance of invited companies, and consultations that create needs and follow-ups. */
export function AfterEvent({ event }: Readonly<{ event: KakehashiEvent }>): ReactNode {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const db = useDatabase();
  const repositories = useRepositories();
  const companies = useLiveQuery(() => repositories.companies.list(), [repositories]);
  const seeds = useLiveQuery(() => repositories.seeds.list(), [repositories]);
  const [companyId, setCompanyId] = useState('');
  const [asked, setAsked] = useState<readonly string[]>([]);
  const [notes, setNotes] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const names = new Map((companies ?? []).map((company) => [company.id as string, company.name]));
  const seedById = new Map((seeds ?? []).map((seed) => [seed.id as string, seed]));
  const eventSeeds = event.seedIds.map((id) => seedById.get(id)).filter((seed): seed is Seed => seed !== undefined);
  const choices = (companies ?? []).filter(
    (company) =>
      event.invitedCompanyIds.includes(company.id) || (event.region !== '' && company.region === event.region),
  );

  const record = async () => {
    const chosen = eventSeeds.filter((seed) => asked.includes(seed.id));
    if (companyId === '' || chosen.length === 0) {
      setMessage(t(companyId === '' ? 'events.after.chooseCompany' : 'events.after.pickSeed'));
      return;
    }
    const consultation = { companyId: companyId as Attendance['companyId'], notes };
    const { needs, visit } = consultationRecords(event, consultation, chosen, language);
    await db.transaction('rw', [db.needs, db.visits, db.events], async () => {
      const created = await repositories.needs.bulkCreate(needs);
      const visitRecord = await repositories.visits.create({ ...visit, needIds: created.map((need) => need.id) });
      const current = (await repositories.events.get(event.id)) ?? event;
      await repositories.events.update(event.id, {
        consultations: [
          ...current.consultations,
          { ...consultation, seedIds: chosen.map((seed) => seed.id), visitId: visitRecord.id },
        ],
      });
    });
    setAsked([]);
    setNotes('');
    setMessage(t('events.after.recorded', { count: needs.length }));
  };

  return (
    <section className="event-section" aria-labelledby="event-after">
      <h2 id="event-after">{t('events.after.title')}</h2>
      <h3>{t('events.after.attendance')}</h3>
      <AttendanceList event={event} names={names} />
      <h3>{t('events.after.consultations')}</h3>
      <p className="help">{t('events.after.consultationHelp')}</p>
      <form
        className="consultation-form"
        onSubmit={(submit) => {
          submit.preventDefault();
          void record();
        }}
      >
        <Field label={t('events.after.company')}>
          {(props) => (
            <select {...props} value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
              <option value="">{t('events.after.chooseCompany')}</option>
              {choices.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t('events.after.seedsAsked')}</legend>
          {eventSeeds.map((seed) => (
            <label key={seed.id} className="check">
              <input
                type="checkbox"
                checked={asked.includes(seed.id)}
                onChange={(e) =>
                  setAsked(e.target.checked ? [...asked, seed.id] : asked.filter((id) => id !== seed.id))
                }
              />{' '}
              {seed.title}
            </label>
          ))}
        </fieldset>
        <Field label={t('events.after.notes')}>
          {(props) => <textarea {...props} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
        <button type="submit">{t('events.after.record')}</button>
        <p role="status">{message}</p>
      </form>
      {event.consultations.length === 0 ? (
        <p className="muted">{t('events.after.noConsultations')}</p>
      ) : (
        <ul className="consultations">
          {event.consultations.map((consultation, index) => (
            <li key={index}>
              <strong>{names.get(consultation.companyId) ?? consultation.companyId}</strong>
              {': '}
              {consultation.seedIds.map((id) => seedById.get(id)?.title ?? id).join('、')}
              {consultation.notes !== '' && <p>{consultation.notes}</p>}
              {consultation.visitId !== '' && <span className="badge">{t('events.after.createdVisit')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
