import { activitySection } from './activitySection.ts';
import { exchangeSection } from './exchangeSection.ts';
import { matchingSection } from './matchingSection.ts';
import { needsSeedsSection } from './needsSeedsSection.ts';
import { fiscalYearOf } from '../text/japaneseDate.ts';
import { indexReportData } from './reportIndex.ts';
import type {
  Report,
  ReportData,
  ReportFilter,
  ReportIndex,
  ReportRow,
  ReportSectionId,
  ReportTable,
  SectionFunction,
  YearTable,
} from './reportModel.ts';

/** The section functions, in the order shown. Projects and funding plug in here as more entries. */
export const reportSections: readonly (readonly [ReportSectionId, SectionFunction])[] = [
  ['activity', activitySection],
  ['needsSeeds', needsSeedsSection],
  ['matching', matchingSection],
  ['exchange', exchangeSection],
];

/** Puts one table of two years side by side: rows of this year, then rows met only last year. */
export function compareTables(current: YearTable, previous: YearTable): ReportTable {
  const keys = [...current.rows.map((r) => r.key)];
  for (const row of previous.rows) if (!keys.includes(row.key)) keys.push(row.key);
  const empty = current.rows[0]?.table ?? previous.rows[0]?.table ?? 'visits';
  const rows = keys.map((key): ReportRow => {
    const now = current.rows.find((r) => r.key === key) ?? { value: 0, table: empty, ids: [] };
    const before = previous.rows.find((r) => r.key === key) ?? { value: 0, table: now.table, ids: [] };
    const figure = (r: typeof now) => ({ value: r.value, table: r.table, ids: r.ids });
    return {
      key,
      current: figure(now),
      previous: figure(before),
      difference: now.value - before.value,
      ratio: before.value === 0 ? null : now.value / before.value,
    };
  });
  return { id: current.id, dimension: current.dimension, rows };
}

/**
 * The report of a fiscal year compared with the previous one. `onProgress` is told after each
 * section (done, total), so a worker can show progress on large years.
 */
export function computeReport(
  data: ReportData | ReportIndex,
  filter: ReportFilter,
  onProgress?: (done: number, total: number) => void,
): Report {
  const index = 'finalVisits' in data ? data : indexReportData(data);
  const previousFilter = { ...filter, fiscalYear: filter.fiscalYear - 1 };
  const sections = reportSections.map(([id, section], done) => {
    const current = section(index, filter);
    const previous = section(index, previousFilter);
    const tables = current.map((table, i) => compareTables(table, previous[i] ?? { ...table, rows: [] }));
    onProgress?.(done + 1, reportSections.length);
    return { id, tables };
  });
  return { filter, sections };
}

/** The coordinators named on final visits, for the filter's choices (sorted, '' left out). */
export function reportCoordinators(data: ReportData): string[] {
  const names = new Set(data.visits.filter((v) => !v.deleted && v.state === 'final').map((v) => v.coordinator));
  names.delete('');
  return [...names].sort((a, b) => a.localeCompare(b, 'ja'));
}

/** The fiscal years that have final visits, newest first (for the year choice). */
export function reportFiscalYears(data: ReportData): number[] {
  const years = new Set(data.visits.filter((v) => !v.deleted && v.state === 'final').map((v) => fiscalYearOf(v.date)));
  return [...years].sort((a, b) => b - a);
}
