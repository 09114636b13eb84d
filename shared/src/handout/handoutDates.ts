/**
 * Dates as a printed handout shows them: the cover gives 和暦 with the weekday and the Western
 * date; English handouts give the Western date and the era year. Built on the app's
 * `text/japaneseDate.ts` (ISO days read as UTC midnight, so no formatter shifts the day).
 */
import { formatFiscalYear, parseIsoDate } from '../text/japaneseDate.ts';

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
const englishEraYear = new Intl.DateTimeFormat('en-GB-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 和暦 with weekday: `平成24年7月9日(月)`; the first year of an era reads 元年. */
export function formatJapaneseEraDate(iso: string): string {
  return japaneseLongDate.format(parseIsoDate(iso));
}

/** Western date in Japanese, without weekday (it follows the 和暦 date): `2012年7月9日`. */
export function formatWesternDateJa(iso: string): string {
  return westernJapaneseDate.format(parseIsoDate(iso));
}

/** Western date in English with weekday: `Monday, 9 July 2012`. */
export function formatDateEn(iso: string): string {
  return englishDate.format(parseIsoDate(iso));
}

/** The Japanese era year of a date for English readers: `Heisei 24`, `Reiwa 1`. */
export function formatEraYearEn(iso: string): string {
  const parts = englishEraYear.formatToParts(parseIsoDate(iso));
  const era = parts.find((part) => part.type === 'era')?.value ?? '';
  const year = parts.find((part) => part.type === 'year')?.value ?? '';
  return `${era} ${year}`.trim();
}

/** A fiscal year as a handout names it: `平成24年度` in Japanese, `FY2012` in English. */
export function formatHandoutFiscalYear(fiscalYear: number, language: 'ja' | 'en'): string {
  return formatFiscalYear(fiscalYear, { language, calendar: 'japanese' });
}
