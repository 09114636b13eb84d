import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import './events.css';

/** 説明会・交流会: the list of events, newest first, and the way to create one. */
export function EventsPage(): ReactNode {
  const { t } = useTranslation();
  const { events } = useRepositories();
  const list = useLiveQuery(async () => (await events.list()).sort((a, b) => b.date.localeCompare(a.date)), [events]);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.events')}</h1>
      <p>{t('pages.events.intro')}</p>
      <p>
        <Link className="button-link" to="/events/new">
          {t('events.list.new')}
        </Link>
      </p>
      {list !== undefined && list.length === 0 && <p className="muted">{t('events.list.empty')}</p>}
      {list !== undefined && list.length > 0 && (
        <table className="data-table">
          <caption>{t('events.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('events.list.date')}</th>
              <th scope="col">{t('events.list.kind')}</th>
              <th scope="col">{t('events.list.name')}</th>
              <th scope="col">{t('events.list.region')}</th>
              <th scope="col">{t('events.list.seeds')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((event) => (
              <tr key={event.id}>
                <td>{event.date}</td>
                <td>{t(`data.eventKinds.${event.kind}`)}</td>
                <td>
                  <Link to={`/events/${event.id}`}>{event.title}</Link>
                </td>
                <td>{event.region === '' ? '' : t(`data.regions.${event.region}`)}</td>
                <td>{event.seedIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
