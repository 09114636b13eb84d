import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { localToday, useDateFormat } from '../../ui/useDateFormat.ts';
import { useHome, type HomeData } from './useHome.ts';
import './home.css';

function CompanyLink({ id, data }: Readonly<{ id: string; data: HomeData }>): ReactNode {
  const { t } = useTranslation();
  return <Link to={`/companies/${id}`}>{data.companyNames.get(id) ?? t('screens.home.unknownCompany')}</Link>;
}

type HomeVisit = HomeData['drafts'][number];

/** One visit of a home list: date, company, purpose (a draft may have none yet). */
function VisitItem({
  visit,
  data,
  showDraftBadge = false,
}: Readonly<{ visit: HomeVisit; data: HomeData; showDraftBadge?: boolean }>): ReactNode {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <li>
      <Link to={`/visits/${visit.id}`}>{formatDate(visit.date)}</Link>
      <span className="meta">
        <CompanyLink id={visit.companyId} data={data} />
      </span>
      <span className="meta">{visit.purpose === '' ? '' : t(`data.visitPurposes.${visit.purpose}`)}</span>
      {showDraftBadge && visit.state === 'draft' && <span className="badge">{t('data.visitStates.draft')}</span>}
    </li>
  );
}

function Section({ id, title, children }: Readonly<{ id: string; title: string; children: ReactNode }>): ReactNode {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** ホーム: follow-ups due today or overdue, those of the next two weeks, recent visits, open needs without a match, drafts. */
export function HomePage(): ReactNode {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const today = localToday();
  const data = useHome(today);

  useEffect(() => {
    // The benchmark reads this mark as home's open time.
    if (data !== undefined) requestAnimationFrame(() => performance.mark('kakehashi:home-rendered'));
  }, [data]);

  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title={t('nav.home')} subtitle={formatDate(today)} />
      {data === undefined ? (
        <p className="muted">{t('screens.common.loading')}</p>
      ) : (
        <div className="home-grid">
          <Section id="home-follow-ups" title={t('screens.home.followUps')}>
            {data.dueFollowUps.length === 0 ? (
              <EmptyState message={t('screens.home.noFollowUps')} />
            ) : (
              <ul className="plain-list">
                {data.dueFollowUps.map((item, index) => (
                  <li key={`${item.visit.id}-${index}`}>
                    <span className={item.due < today ? 'badge warn' : 'badge'}>
                      {item.due < today ? t('screens.common.overdue') : t('screens.common.today')}
                    </span>{' '}
                    <Link to={`/visits/${item.visit.id}`}>{item.text}</Link>
                    <span className="meta">
                      <CompanyLink id={item.visit.companyId} data={data} />
                    </span>
                    <span className="meta">{t('screens.common.dueOn', { date: formatDate(item.due) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="home-upcoming" title={t('screens.home.upcomingFollowUps')}>
            {data.upcomingFollowUps.length === 0 ? (
              <EmptyState message={t('screens.home.noUpcomingFollowUps')} />
            ) : (
              <ul className="plain-list">
                {data.upcomingFollowUps.map((item, index) => (
                  <li key={`${item.visit.id}-${index}`}>
                    <Link to={`/visits/${item.visit.id}`}>{item.text}</Link>
                    <span className="meta">
                      <CompanyLink id={item.visit.companyId} data={data} />
                    </span>
                    <span className="meta">{t('screens.common.dueOn', { date: formatDate(item.due) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="home-drafts" title={t('screens.home.drafts')}>
            {data.drafts.length === 0 ? (
              <EmptyState message={t('screens.home.noDrafts')} />
            ) : (
              <ul className="plain-list">
                {data.drafts.map((visit) => (
                  <VisitItem key={visit.id} visit={visit} data={data} />
                ))}
              </ul>
            )}
          </Section>
          <Section id="home-recent" title={t('screens.home.recentVisits')}>
            {data.recentVisits.length === 0 ? (
              <EmptyState message={t('screens.home.noRecentVisits')} />
            ) : (
              <ul className="plain-list">
                {data.recentVisits.map((visit) => (
                  <VisitItem key={visit.id} visit={visit} data={data} showDraftBadge />
                ))}
              </ul>
            )}
          </Section>
          <Section id="home-needs" title={t('screens.home.unmatchedNeeds')}>
            {data.unmatchedNeeds.length === 0 ? (
              <EmptyState message={t('screens.home.noUnmatchedNeeds')} />
            ) : (
              <>
                <ul className="plain-list">
                  {data.unmatchedNeeds.map((need) => (
                    <li key={need.id}>
                      <Link to={`/needs/${need.id}`}>{need.title}</Link>
                      <span className="meta">
                        <CompanyLink id={need.companyId} data={data} />
                      </span>
                    </li>
                  ))}
                </ul>
                {data.unmatchedNeedCount > data.unmatchedNeeds.length && (
                  <p>
                    <Link to="/needs?status=open">{t('screens.needs.count', { count: data.unmatchedNeedCount })}</Link>
                  </p>
                )}
              </>
            )}
          </Section>
        </div>
      )}
    </section>
  );
}
