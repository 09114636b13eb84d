import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitEdit } from '#shared/domain/visit';
import { isFinalisation } from '#shared/domain/visitDraft';
import { localDayAndTime, useDateDisplay } from './useDateDisplay.ts';

/** The edit history of a final visit: its finalisation, then each sitting of changes, newest first. */
export function VisitHistory({ history }: Readonly<{ history: readonly VisitEdit[] }>): ReactNode {
  const { t } = useTranslation();
  const formatDay = useDateDisplay();
  const label = (field: string) => {
    const labels: Readonly<Record<string, string>> = t('data.fields.visit', { returnObjects: true });
    return labels[field] ?? field;
  };
  const edits = history.filter((edit) => !isFinalisation(edit));
  return (
    <section className="visit-history" aria-labelledby="visit-history-title">
      <h2 id="visit-history-title">{t('visits.form.history')}</h2>
      {edits.length === 0 && <p className="muted">{t('visits.form.noHistory')}</p>}
      <ol reversed>
        {[...history].reverse().map((edit) => {
          const { date, time } = localDayAndTime(edit.at);
          return (
            <li key={`${edit.at}-${edit.fields.join(',')}`}>
              <time dateTime={edit.at}>
                {formatDay(date)} {time}
              </time>{' '}
              <span>
                {isFinalisation(edit)
                  ? t('visits.form.historyFinalised')
                  : t('visits.form.historyEdited', { fields: edit.fields.map(label).join('、') })}
              </span>{' '}
              <span className="muted">{t('visits.form.historyBy', { device: edit.by.slice(-6) })}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
