import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { AfterEvent } from './AfterEvent.tsx';
import { EventBasicsForm } from './EventBasicsForm.tsx';
import { EventDelete } from './EventDelete.tsx';
import { InvitationList } from './InvitationList.tsx';
import { SeedPicker } from './SeedPicker.tsx';

/** `#/events/<id>` (or `new`): one event from planning to the handout and the follow-ups. */
export function EventEditorPage(): ReactNode {
  const { t } = useTranslation();
  const { eventId = 'new' } = useParams();
  const { events } = useRepositories();
  const isNew = eventId === 'new';
  // undefined while loading, null when there is no such event.
  const event = useLiveQuery(
    async () => (isNew ? null : ((await events.get(eventId)) ?? null)),
    [events, eventId, isNew],
  );
  if (event === undefined) return null;
  if (!isNew && event === null) {
    return (
      <section className="page">
        <h1 id="page-title">{t('nav.events')}</h1>
        <p role="alert">{t('handout.preview.notFound')}</p>
        <Link to="/events">{t('events.editor.back')}</Link>
      </section>
    );
  }
  return (
    <section className="page event-editor" aria-labelledby="page-title">
      <p>
        <Link to="/events">{t('events.editor.back')}</Link> {event !== null && <EventDelete event={event} />}
      </p>
      <h1 id="page-title">{event === null ? t('events.editor.newTitle') : event.title}</h1>
      {/* Keyed by id so a freshly created event starts its form from the stored record. */}
      <EventBasicsForm key={event?.id ?? 'new'} event={event} />
      {event === null ? (
        <p className="muted">{t('events.editor.saveFirst')}</p>
      ) : (
        <>
          <section className="event-section" aria-labelledby="event-handout">
            <h2 id="event-handout">{t('events.handout.title')}</h2>
            <p className="help">{t('events.handout.help')}</p>
            <p className="link-row">
              <Link className="button-link" to={`/print/handout/${event.id}?lang=ja`}>
                {t('events.handout.preview')}
              </Link>
              <Link className="button-link" to={`/print/handout/${event.id}?lang=en`}>
                {t('events.handout.previewEn')}
              </Link>
            </p>
          </section>
          <SeedPicker event={event} />
          <InvitationList event={event} />
          <AfterEvent event={event} />
        </>
      )}
    </section>
  );
}
