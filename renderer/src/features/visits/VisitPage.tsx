import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Company } from '#shared/domain/company';
import type { Visit } from '#shared/domain/visit';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { VisitForm } from './VisitForm.tsx';

type Loaded = Readonly<{ visit: Visit; company: Company | undefined }> | 'missing' | null;

/**
 * `#/visits/<id>`: loads the visit once and hands it to the form. The form owns the values from
 * then on (a live query would fight with what is being typed); lists around it are live.
 */
export function VisitPage(): ReactNode {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const repositories = useRepositories();
  const [loaded, setLoaded] = useState<{ id: string; value: Loaded }>({ id: '', value: null });

  useEffect(() => {
    const run = { cancelled: false };
    void (async () => {
      const visit = await repositories.visits.get(visitId);
      const company = visit === undefined ? undefined : await repositories.companies.get(visit.companyId);
      if (!run.cancelled) setLoaded({ id: visitId, value: visit === undefined ? 'missing' : { visit, company } });
    })();
    return () => {
      run.cancelled = true;
    };
  }, [visitId, repositories]);

  const value = loaded.id === visitId ? loaded.value : null;
  if (value === null) return null;
  if (value === 'missing') {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('visits.form.notFound')}</h1>
        <Link to="/visits">{t('visits.form.backToList')}</Link>
      </section>
    );
  }
  return <VisitForm key={value.visit.id} initial={value.visit} company={value.company} />;
}
