import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { localNow } from './useDateDisplay.ts';
import './visits.css';

/**
 * `#/visits/new?company=<id>`: creates a draft for the company at once and opens it, so starting a
 * visit is one click from the company. Without a company it asks for one first.
 */
export function VisitStartPage(): ReactNode {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const companyId = params.get('company');
  const [failed, setFailed] = useState(false);
  const started = useRef<string | null>(null);

  useEffect(() => {
    if (companyId === null || started.current === companyId) return;
    started.current = companyId;
    void (async () => {
      const company = await repositories.companies.get(companyId);
      if (company === undefined) {
        setFailed(true);
        return;
      }
      const now = localNow();
      const visit = await repositories.visits.create({ companyId, date: now.date, startTime: now.time });
      void navigate(`/visits/${visit.id}`, { replace: true });
    })();
  }, [companyId, repositories, navigate]);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('visits.start.title')}</h1>
      {companyId === null || failed ? (
        <>
          {failed && (
            <p className="notice warning" role="alert">
              {t('visits.start.unknownCompany')}
            </p>
          )}
          <CompanyChooser />
        </>
      ) : (
        <p role="status">{t('visits.start.creating')}</p>
      )}
    </section>
  );
}

function CompanyChooser(): ReactNode {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const companies = useLiveQuery(() => repositories.companies.listByKana(), [repositories]);
  const [chosen, setChosen] = useState('');
  if (companies === undefined) return null;
  if (companies.length === 0) return <p>{t('visits.start.noCompanies')}</p>;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== '') void navigate(`/visits/new?company=${chosen}`, { replace: true });
      }}
    >
      <label htmlFor="visit-start-company">{t('visits.start.company')}</label>
      <select
        id="visit-start-company"
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the only field of the page
        autoFocus
      >
        <option value="">{t('visits.start.choose')}</option>
        {companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={chosen === ''}>
        {t('visits.start.start')}
      </button>
    </form>
  );
}
