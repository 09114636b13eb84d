import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { companyDuplicateKeys } from '#shared/companies/duplicateKey';
import type { Company } from '#shared/domain/company';

/**
 * Shown before saving a company that looks like one already registered (same 法人番号, or same
 * normalised name and municipality): links to each, and lets the user save it as another company.
 */
export function DuplicateWarning({
  others,
  keys,
  onSaveAnyway,
}: Readonly<{ others: readonly Company[]; keys: readonly string[]; onSaveAnyway: () => void }>): ReactNode {
  const { t } = useTranslation();
  const mine = new Set(keys);
  return (
    <section className="notice warning" role="alert" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title">{t('takeBack.duplicate.title')}</h2>
      <ul className="plain-list">
        {others.map((other) => {
          const byNumber = companyDuplicateKeys(other).some((key) => key.startsWith('corp:') && mine.has(key));
          return (
            <li key={other.id}>
              <Link to={`/companies/${other.id}`}>{t('takeBack.duplicate.open', { name: other.name })}</Link>{' '}
              <span className="meta">
                {t(byNumber ? 'takeBack.duplicate.byCorporateNumber' : 'takeBack.duplicate.byName')}
              </span>
            </li>
          );
        })}
      </ul>
      <p>{t('takeBack.duplicate.help')}</p>
      <button type="button" className="secondary" onClick={onSaveAnyway}>
        {t('takeBack.duplicate.saveAnyway')}
      </button>
    </section>
  );
}
