import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '#shared/domain/company';
import { useMunicipalityName } from './useVocabularyLabels.ts';

/** The company's profile facts and its contacts. */
export function CompanyProfile({ company }: Readonly<{ company: Company }>): ReactNode {
  const { t } = useTranslation();
  const municipalityName = useMunicipalityName();
  const none = t('screens.common.none');
  const or = (value: string) => (value === '' ? none : value);
  const facts: [string, ReactNode][] = [
    [t('data.fields.company.nameKana'), or(company.nameKana)],
    [t('data.fields.company.kind'), t(`data.companyKinds.${company.kind}`)],
    [t('data.fields.company.size'), t(`data.companySizes.${company.size}`)],
    [
      t('data.fields.company.fields'),
      company.fields.length === 0 ? none : company.fields.map((f) => t(`data.researchFields.${f}`)).join('、'),
    ],
    [t('data.fields.company.region'), company.region === '' ? none : t(`data.regions.${company.region}`)],
    [t('data.fields.company.municipality'), or(municipalityName(company.municipality))],
    [t('data.fields.company.postalCode'), or(company.postalCode)],
    [t('data.fields.company.address'), or(company.address)],
    [t('data.fields.company.phone'), or(company.phone)],
    [t('data.fields.company.url'), or(company.url)],
    [t('data.fields.company.corporateNumber'), or(company.corporateNumber)],
    [t('data.fields.company.tags'), company.tags.length === 0 ? none : company.tags.join('、')],
  ];
  return (
    <>
      <section className="panel" aria-labelledby="company-profile">
        <h2 id="company-profile">{t('screens.companies.profile')}</h2>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} style={{ display: 'contents' }}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {company.notes !== '' && <p className="notes">{company.notes}</p>}
      </section>
      <section className="panel" aria-labelledby="company-contacts">
        <h2 id="company-contacts">{t('screens.companies.contacts')}</h2>
        {company.contacts.length === 0 ? (
          <p className="muted">{t('screens.companies.noContacts')}</p>
        ) : (
          <ul className="plain-list">
            {company.contacts.map((contact, index) => (
              <li key={index}>
                <strong>{contact.name}</strong>
                {contact.title !== '' && <span className="meta">{contact.title}</span>}
                {contact.phone !== '' && <span className="meta">{contact.phone}</span>}
                {contact.email !== '' && <span className="meta">{contact.email}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
