import { fiscalYearOf } from '../text/japaneseDate.ts';

const japanOffsetMs = 9 * 60 * 60 * 1000;

/** The day (YYYY-MM-DD) in Japan time of a stored UTC instant: 2013-03-31T15:00:00Z is 2013-04-01. */
export function japanDayOf(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) throw new RangeError(`Not an instant: ${instant}`);
  return new Date(time + japanOffsetMs).toISOString().slice(0, 10);
}

/** The fiscal year of a stored UTC instant, read on the Japan-time day. */
export function fiscalYearOfInstant(instant: string): number {
  return fiscalYearOf(japanDayOf(instant));
}

/** The months of a fiscal year in order, as two-digit month numbers: 04 … 12, 01 … 03. */
export const fiscalMonths = ['04', '05', '06', '07', '08', '09', '10', '11', '12', '01', '02', '03'] as const;
