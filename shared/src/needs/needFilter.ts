import type { Need } from '../domain/need.ts';
import { regionIds, type RegionId } from '../master/regions.ts';
import { needStatuses, researchFields, type NeedStatus, type ResearchField } from '../master/vocabularies.ts';

/** What the need list can be narrowed by; '' means "any". */
export type NeedFilter = Readonly<{ status: NeedStatus | ''; field: ResearchField | ''; region: RegionId | '' }>;

/** Keeps the needs that pass the filter; the region is the region of the need's company. */
export function filterNeeds(
  needs: readonly Need[],
  filter: NeedFilter,
  companies: ReadonlyMap<string, Readonly<{ region: string }>>,
): Need[] {
  return needs.filter(
    (need) =>
      (filter.status === '' || need.status === filter.status) &&
      (filter.field === '' || need.field === filter.field) &&
      (filter.region === '' || companies.get(need.companyId)?.region === filter.region),
  );
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads a need filter from URL parameters (`status`, `field`, `region`); unknown values mean "any". */
export function needFilterFromParams(params: Readonly<{ get(name: string): string | null }>): NeedFilter {
  return {
    status: oneOf(needStatuses, params.get('status')),
    field: oneOf(researchFields, params.get('field')),
    region: oneOf(regionIds, params.get('region')),
  };
}
