/**
 * Calendar dates as coordinators read them: 和暦 (Japanese era) and Western, and the fiscal year
 * (年度, April to March). Dates travel as ISO `YYYY-MM-DD` strings with no time zone, so every
 * formatter works on UTC midnight of that day and never shifts the date.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO calendar date (`2012-07-09`) into UTC midnight, or null if it is not a real date. */
export function parseIsoDate(iso: string): Date | null {
  const match = isoDatePattern.exec(iso);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isSameDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isSameDay ? date : null;
}

function requireDate(iso: string): Date {
  const date = parseIsoDate(iso);
  if (date === null) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(iso)}`);
  return date;
}

const japaneseLongDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
  timeZone: 'UTC',
});

const westernJapaneseDate = new Intl.DateTimeFormat('ja-JP', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

const englishDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' });

const japaneseEraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 和暦 with weekday: `平成24年7月9日(月)`; the first year of an era reads 元年. */
export function formatJapaneseEraDate(iso: string): string {
  return japaneseLongDate.format(requireDate(iso));
}

/** Western date in Japanese, without weekday (it follows the 和暦 date): `2012年7月9日`. */
export function formatWesternDateJa(iso: string): string {
  return westernJapaneseDate.format(requireDate(iso));
}

/** Western date in English: `Monday, 9 July 2012`. */
export function formatDateEn(iso: string): string {
  return englishDate.format(requireDate(iso));
}

const englishEraYear = new Intl.DateTimeFormat('en-GB-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The Japanese era year of a date for English readers: `Heisei 24`, `Reiwa 1`. */
export function formatEraYearEn(iso: string): string {
  const parts = englishEraYear.formatToParts(requireDate(iso));
  const era = parts.find((part) => part.type === 'era')?.value ?? '';
  const year = parts.find((part) => part.type === 'year')?.value ?? '';
  return `${era} ${year}`.trim();
}

/** The fiscal year (年度, April to March) a date falls in, named by the year it starts in. */
export function fiscalYearOf(iso: string): number {
  const date = requireDate(iso);
  const year = date.getUTCFullYear();
  return date.getUTCMonth() >= 3 ? year : year - 1;
}

/**
 * A fiscal year in 和暦: `平成24年度`. The era is the one in force at the end of the calendar year
 * the fiscal year starts in, so FY2019 reads 令和元年度 as the government renamed it.
 */
export function formatFiscalYearJa(fiscalYear: number): string {
  return `${japaneseEraYear.format(new Date(Date.UTC(fiscalYear, 11, 31)))}度`;
}

/** A fiscal year in English: `FY2012`. */
export function formatFiscalYearEn(fiscalYear: number): string {
  return `FY${fiscalYear}`;
}
