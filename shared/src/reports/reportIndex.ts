import type { Visit } from '../domain/visit.ts';
import { fiscalYearOf } from '../text/japaneseDate.ts';
import type { ReportData, ReportFilter, ReportIndex, ReportRecordTable, YearRow } from './reportModel.ts';

/** Builds the look-ups every section uses, once per report: live records only, final visits only. */
export function indexReportData(data: ReportData): ReportIndex {
  const live = <T extends { deleted: boolean }>(records: readonly T[]) => records.filter((r) => !r.deleted);
  const liveData: ReportData = {
    companies: live(data.companies),
    visits: live(data.visits),
    needs: live(data.needs),
    seeds: live(data.seeds),
    matches: live(data.matches),
    events: live(data.events),
  };
  const companyById = new Map(liveData.companies.map((c) => [c.id as string, c]));
  const finalVisits = liveData.visits.filter((v) => v.state === 'final' && companyById.has(v.companyId));
  const firstVisitDate = new Map<string, string>();
  for (const visit of finalVisits) {
    const known = firstVisitDate.get(visit.companyId);
    if (known === undefined || visit.date < known) firstVisitDate.set(visit.companyId, visit.date);
  }
  return {
    data: liveData,
    companyById,
    visitById: new Map(liveData.visits.map((v) => [v.id as string, v])),
    needById: new Map(liveData.needs.map((n) => [n.id as string, n])),
    finalVisits,
    firstVisitDate,
  };
}

/** The region of a company ('' when unknown or the company is missing). */
export function regionOfCompany(index: ReportIndex, companyId: string): string {
  return index.companyById.get(companyId)?.region ?? '';
}

/** The final visits of the filter's fiscal year (by visit date), of its coordinator and region. */
export function visitsOfYear(index: ReportIndex, filter: ReportFilter): Visit[] {
  return index.finalVisits.filter(
    (v) =>
      fiscalYearOf(v.date) === filter.fiscalYear &&
      (filter.coordinator === '' || v.coordinator === filter.coordinator) &&
      (filter.region === '' || regionOfCompany(index, v.companyId) === filter.region),
  );
}

/**
 * Counts records by a category: one row per key of `order` (always shown, even at 0), then any
 * other key met, in the order met (sorted by `extra` when given). `unknown` stands for ''.
 */
export function countBy<T extends { id: string }>(
  records: readonly T[],
  keyOf: (record: T) => string,
  table: ReportRecordTable,
  order: readonly string[],
  extra?: (a: string, b: string) => number,
): YearRow[] {
  const groups = new Map<string, string[]>(order.map((key) => [key, []]));
  for (const record of records) {
    const key = keyOf(record) || 'unknown';
    const ids = groups.get(key);
    if (ids === undefined) groups.set(key, [record.id]);
    else ids.push(record.id);
  }
  const others = [...groups.keys()].filter((key) => !order.includes(key));
  if (extra !== undefined) others.sort(extra);
  return [...order, ...others].map((key) => {
    const ids = [...(groups.get(key) ?? [])].sort();
    return { key, value: ids.length, table, ids };
  });
}

/** A row counting the given ids (distinct, sorted). */
export function rowOf(key: string, table: ReportRecordTable, ids: Iterable<string>): YearRow {
  const distinct = [...new Set(ids)].sort();
  return { key, value: distinct.length, table, ids: distinct };
}
