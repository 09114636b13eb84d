// The company list's filters, pure so they are unit-tested and run once per live query result.
import type { Company } from '../domain/company.ts';
import type { RegionId } from '../master/regions.ts';
import type { CompanyKind, CompanySize, ResearchField } from '../master/vocabularies.ts';
import { normalizeForSearch } from '../text/normalize.ts';

/** What the list can be narrowed by; '' or false means "any". */
export type CompanyFilter = Readonly<{
  text: string;
  region: RegionId | '';
  municipality: string;
  kind: CompanyKind | '';
  field: ResearchField | '';
  size: CompanySize | '';
  hasOpenNeeds: boolean;
  hasOverdueFollowUps: boolean;
}>;

/** No filter at all. */
export const emptyCompanyFilter: CompanyFilter = {
  text: '',
  region: '',
  municipality: '',
  kind: '',
  field: '',
  size: '',
  hasOpenNeeds: false,
  hasOverdueFollowUps: false,
};

/** Facts about companies that live in other tables, computed once per query. */
export type CompanyFacts = Readonly<{
  openNeedCompanyIds: ReadonlySet<string>;
  overdueCompanyIds: ReadonlySet<string>;
}>;

/** The company fields the filter reads. */
export type FilterableCompany = Pick<
  Company,
  'id' | 'name' | 'nameKana' | 'region' | 'municipality' | 'kind' | 'fields' | 'size' | 'tags'
>;

/** Keeps the companies that pass every set filter, in their given order. */
export function filterCompanies<T extends FilterableCompany>(
  companies: readonly T[],
  filter: CompanyFilter,
  facts: CompanyFacts,
): T[] {
  const text = normalizeForSearch(filter.text);
  return companies.filter(
    (company) =>
      (filter.region === '' || company.region === filter.region) &&
      (filter.municipality === '' || company.municipality === filter.municipality) &&
      (filter.kind === '' || company.kind === filter.kind) &&
      (filter.field === '' || company.fields.includes(filter.field)) &&
      (filter.size === '' || company.size === filter.size) &&
      (!filter.hasOpenNeeds || facts.openNeedCompanyIds.has(company.id)) &&
      (!filter.hasOverdueFollowUps || facts.overdueCompanyIds.has(company.id)) &&
      (text === '' || normalizeForSearch([company.name, company.nameKana, ...company.tags].join(' ')).includes(text)),
  );
}
