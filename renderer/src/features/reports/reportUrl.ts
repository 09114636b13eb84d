import { regionIds } from '#shared/master/regions';
import type { ReportFilter } from '#shared/reports/reportModel';

/** Reads a report filter from the URL (`?fy=2019&coordinator=…&region=…`), this fiscal year by default. */
export function filterFromParams(params: URLSearchParams, thisFiscalYear: number): ReportFilter {
  const year = Number(params.get('fy'));
  const region = params.get('region') ?? '';
  return {
    fiscalYear: Number.isInteger(year) && year >= 1989 && year <= 2200 ? year : thisFiscalYear,
    coordinator: params.get('coordinator') ?? '',
    region: (regionIds as readonly string[]).includes(region) ? (region as ReportFilter['region']) : '',
  };
}

/** The URL parameters of a report filter (empty choices left out). */
export function paramsOfFilter(filter: ReportFilter): URLSearchParams {
  const params = new URLSearchParams({ fy: String(filter.fiscalYear) });
  if (filter.coordinator !== '') params.set('coordinator', filter.coordinator);
  if (filter.region !== '') params.set('region', filter.region);
  return params;
}

/** Which year of a row the records view lists. */
export type ReportYearSide = 'current' | 'previous';

/** The records view of one figure: the filter, the table, the row and the year. */
export function recordsPath(filter: ReportFilter, tableId: string, key: string, side: ReportYearSide): string {
  const params = paramsOfFilter(filter);
  params.set('table', tableId);
  params.set('key', key);
  params.set('year', side);
  return `/reports/records?${params.toString()}`;
}
