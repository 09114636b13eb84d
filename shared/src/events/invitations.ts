import type { Company } from '../domain/company.ts';
import { dataEn } from '../i18n/data.en.ts';
import { dataJa } from '../i18n/data.ja.ts';
import { eventsEn } from '../i18n/events.en.ts';
import { eventsJa } from '../i18n/events.ja.ts';
import { municipalities } from '../master/municipalities.ts';
import type { RegionId } from '../master/regions.ts';
import type { CompanyKind, ResearchField } from '../master/vocabularies.ts';
import { toCsv } from '../text/csv.ts';

/** How the invitation list is narrowed: a company kind and a field, '' meaning any. */
export type InvitationFilter = Readonly<{ kind: CompanyKind | ''; field: ResearchField | '' }>;

/** The region's live companies that fit the filter, in 五十音 order of their よみ. */
export function invitationCandidates(
  companies: readonly Company[],
  region: RegionId,
  filter: InvitationFilter,
): Company[] {
  return companies
    .filter((company) => !company.deleted && company.region === region)
    .filter((company) => filter.kind === '' || company.kind === filter.kind)
    .filter((company) => filter.field === '' || company.fields.includes(filter.field))
    .sort((a, b) => (a.nameKana || a.name).localeCompare(b.nameKana || b.name, 'ja'));
}

/** The invited companies as CSV for mail merges and Excel: UTF-8 with BOM, CRLF, RFC 4180 quoting. */
export function invitationCsv(companies: readonly Company[], language: 'ja' | 'en'): string {
  const labels = language === 'ja' ? eventsJa.csv : eventsEn.csv;
  const data = language === 'ja' ? dataJa : dataEn;
  const municipalityName = (id: string) => municipalities.find((m) => m.id === id)?.[language] ?? '';
  const header = [
    labels.name,
    labels.kana,
    labels.kind,
    labels.region,
    labels.municipality,
    labels.postalCode,
    labels.address,
    labels.phone,
    labels.contact,
    labels.email,
    labels.fields,
  ];
  const rows = companies.map((company) => {
    const contact = company.contacts[0];
    return [
      company.name,
      company.nameKana,
      data.companyKinds[company.kind],
      company.region === '' ? '' : data.regions[company.region],
      municipalityName(company.municipality),
      company.postalCode,
      company.address,
      company.phone,
      contact === undefined ? '' : [contact.name, contact.title].filter((part) => part !== '').join(' '),
      contact?.email ?? '',
      company.fields.map((field) => data.researchFields[field]).join(language === 'ja' ? '・' : ', '),
    ];
  });
  return toCsv([header, ...rows]);
}
