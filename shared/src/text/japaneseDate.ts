// Dates are ISO strings inside the app ("2026-04-01"); these helpers only display them. The
// calendar (Western or 和暦) is the user's setting; the fiscal year (年度) runs April–March.

/** The calendars a date can be shown in: Western years or Japanese eras (和暦). */
export type DisplayCalendar = 'gregory' | 'japanese';

/** The UI languages dates are formatted for. */
export type DateLanguage = 'ja' | 'en';

/** How to show a date: language and calendar. */
export type DateDisplay = Readonly<{ language: DateLanguage; calendar: DisplayCalendar }>;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Reads "YYYY-MM-DD" as a calendar day (UTC midnight), refusing impossible days such as 2026-02-30. */
export function parseIsoDate(iso: string): Date {
  const match = isoDate.exec(iso);
  if (match === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar day: ${iso}`);
  }
  return date;
}

function locale(display: DateDisplay): string {
  const base = display.language === 'ja' ? 'ja-JP' : 'en-US';
  return display.calendar === 'japanese' ? `${base}-u-ca-japanese` : base;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one: lists format many dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO day for reading: "2026年4月1日", "令和8年4月1日", "April 1, 2026" or "April 1, 8 Reiwa". */
export function formatDate(iso: string, display: DateDisplay): string {
  const key = locale(display);
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(key, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(parseIsoDate(iso));
}

/** The fiscal year (April–March) a day belongs to, named by the year it starts in: 2027-03-31 → 2026. */
export function fiscalYearOf(iso: string): number {
  const date = parseIsoDate(iso);
  const year = date.getUTCFullYear();
  return date.getUTCMonth() >= 3 ? year : year - 1;
}

/** The first and last day of a fiscal year, as ISO days: 2026 → 2026-04-01 … 2027-03-31. */
export function fiscalYearRange(fiscalYear: number): Readonly<{ start: string; end: string }> {
  const pad = (n: number): string => String(n).padStart(4, '0');
  return { start: `${pad(fiscalYear)}-04-01`, end: `${pad(fiscalYear + 1)}-03-31` };
}

/**
 * The Japanese era and era year of a fiscal year: the era in force for most of the year, read on
 * 1 October (so FY2019 is 令和元年度 and FY1988 is 昭和63年度, as they are named in practice).
 */
export function fiscalYearEra(fiscalYear: number): Readonly<{ era: string; year: string }> {
  const middle = new Date(Date.UTC(fiscalYear, 9, 1));
  const parts = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    middle,
  );
  const era = parts.find((part) => part.type === 'era')?.value ?? '';
  const year = parts.find((part) => part.type === 'year')?.value ?? '';
  return { era, year };
}

/** Names a fiscal year: "令和8年度", "2026年度" or "FY2026". */
export function formatFiscalYear(fiscalYear: number, display: DateDisplay): string {
  if (display.language === 'en') return `FY${fiscalYear}`;
  if (display.calendar === 'gregory') return `${fiscalYear}年度`;
  const { era, year } = fiscalYearEra(fiscalYear);
  return `${era}${year}年度`;
}
