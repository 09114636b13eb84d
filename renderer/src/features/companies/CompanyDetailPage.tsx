import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Visit } from '#shared/domain/visit';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { localToday, useDateFormat } from '../../ui/useDateFormat.ts';
import { CompanyDelete } from './CompanyDelete.tsx';
import { CompanyMerge } from './CompanyMerge.tsx';
import { CompanyProfile } from './CompanyProfile.tsx';
import { useCompanyDetail, type CompanyDetail } from './useCompanyDetail.ts';
import './companies.css';

function VisitTimeline({ visits }: Readonly<{ visits: readonly Visit[] }>): ReactNode {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const today = localToday();
  if (visits.length === 0) return <EmptyState message={t('screens.companies.noVisits')} />;
  return (
    <ol className="timeline">
      {visits.map((visit) => {
        const overdue = visit.openFollowUpDues.some((due) => due < today);
        return (
          <li key={visit.id} className={visit.state}>
            <Link to={`/visits/${visit.id}`}>{formatDate(visit.date)}</Link>
            <span className="meta">{visit.purpose === '' ? '' : t(`data.visitPurposes.${visit.purpose}`)}</span>
            {visit.state === 'draft' && <span className="badge">{t('data.visitStates.draft')}</span>}
            {visit.openFollowUpDues.length > 0 && (
              <span className={overdue ? 'badge warn' : 'badge'}>
                {t('screens.companies.openFollowUps', { count: visit.openFollowUpDues.length })}
              </span>
            )}
            {visit.summary !== '' && (
              <p>{visit.summary.length > 160 ? `${visit.summary.slice(0, 160)}…` : visit.summary}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function NeedsAndMatches({ detail }: Readonly<{ detail: CompanyDetail }>): ReactNode {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const needTitles = new Map(detail.needs.map((need) => [need.id as string, need.title]));
  return (
    <>
      <section className="panel" aria-labelledby="company-needs">
        <h2 id="company-needs">{t('screens.companies.needs')}</h2>
        {detail.needs.length === 0 ? (
          <EmptyState message={t('screens.companies.noNeeds')} />
        ) : (
          <ul className="plain-list">
            {detail.needs.map((need) => (
              <li key={need.id}>
                <Link to={`/needs/${need.id}`}>{need.title}</Link>
                <span className="meta">{t(`data.researchFields.${need.field}`)}</span>
                <span className="badge">{t(`data.needStatuses.${need.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/needs/new?company=${detail.company.id}`}>{t('screens.companies.addNeed')}</Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="company-matches">
        <h2 id="company-matches">{t('screens.companies.matches')}</h2>
        {detail.matches.length === 0 ? (
          <EmptyState message={t('screens.companies.noMatches')} />
        ) : (
          <ul className="plain-list">
            {detail.matches.map((match) => (
              <li key={match.id}>
                <Link to={`/needs/${match.needId}`}>{needTitles.get(match.needId) ?? ''}</Link>
                {' → '}
                <Link to={`/seeds/${match.seedId}`}>{detail.seeds.get(match.seedId)?.title ?? match.seedId}</Link>
                <span className="badge">{t(`data.matchStatuses.${match.status}`)}</span>
                {match.due !== '' && (
                  <span className="meta">{t('screens.common.dueOn', { date: formatDate(match.due) })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="company-projects">
        <h2 id="company-projects">{t('screens.companies.projects')}</h2>
        {detail.projects.length === 0 ? (
          <EmptyState message={t('screens.companies.noProjects')} />
        ) : (
          <ul className="plain-list">
            {detail.projects.map((project) => (
              <li key={project.id}>
                {project.title}
                <span className="meta">{t(`data.projectStages.${project.stage}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** A company's page: profile, contacts, visit timeline, needs, matches, projects; one click to log a visit. */
export function CompanyDetailPage(): ReactNode {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useCompanyDetail(id);

  useEffect(() => {
    // The benchmark reads this mark as the company page's open time.
    if (detail !== undefined) requestAnimationFrame(() => performance.mark('kakehashi:company-detail-rendered'));
  }, [detail]);

  if (detail === undefined) return <p className="muted">{t('screens.common.loading')}</p>;
  if (detail === null) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('screens.companies.notFound')}</h1>
        <Link to="/companies">{t('screens.companies.title')}</Link>
      </section>
    );
  }
  const { company } = detail;
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title={company.name} subtitle={company.nameKana === '' ? undefined : company.nameKana}>
        <Link className="button primary" to={`/visits/new?company=${company.id}`}>
          {t('screens.companies.recordVisit')}
        </Link>
        <Link className="button" to={`/companies/${company.id}/edit`}>
          {t('screens.common.edit')}
        </Link>
        <CompanyMerge detail={detail} />
        <CompanyDelete detail={detail} />
      </PageHeader>
      <div className="detail-grid">
        <div>
          <CompanyProfile company={company} />
        </div>
        <div>
          <section className="panel" aria-labelledby="company-visits">
            <h2 id="company-visits">{t('screens.companies.visits')}</h2>
            <VisitTimeline visits={detail.visits} />
          </section>
          <NeedsAndMatches detail={detail} />
        </div>
      </div>
    </section>
  );
}
