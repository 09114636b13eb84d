import type { NeedFilter } from '#shared/needs/needFilter';

/** Writes a need filter as URL parameters, leaving out what is "any". */
export function needFilterToParams(filter: NeedFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value !== '') params.set(name, value);
  return params;
}
