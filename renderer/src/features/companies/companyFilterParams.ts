import { emptyCompanyFilter, type CompanyFilter } from '#shared/companies/companyFilter';
import { municipalityIds } from '#shared/master/municipalities';
import { regionIds } from '#shared/master/regions';
import { companyKinds, companySizes, researchFields } from '#shared/master/vocabularies';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads the list's filter from the URL, so Back returns to the same list; unknown values are ignored. */
export function filterFromParams(params: URLSearchParams): CompanyFilter {
  return {
    text: params.get('q') ?? '',
    region: oneOf(regionIds, params.get('region')),
    municipality: oneOf(municipalityIds, params.get('municipality')),
    kind: oneOf(companyKinds, params.get('kind')),
    field: oneOf(researchFields, params.get('field')),
    size: oneOf(companySizes, params.get('size')),
    hasOpenNeeds: params.get('openNeeds') === '1',
    hasOverdueFollowUps: params.get('overdue') === '1',
  };
}

/** Writes a filter to URL parameters, leaving out what is not set. */
export function filterToParams(filter: CompanyFilter): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value !== '') params.set(name, value);
  };
  set('q', filter.text);
  set('region', filter.region);
  set('municipality', filter.municipality);
  set('kind', filter.kind);
  set('field', filter.field);
  set('size', filter.size);
  if (filter.hasOpenNeeds) params.set('openNeeds', '1');
  if (filter.hasOverdueFollowUps) params.set('overdue', '1');
  return params;
}

/** Whether any filter is set. */
export function isFiltered(filter: CompanyFilter): boolean {
  return JSON.stringify(filter) !== JSON.stringify(emptyCompanyFilter);
}
