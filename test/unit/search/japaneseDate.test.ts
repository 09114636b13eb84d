import { describe, expect, it } from 'vitest';
import {
  fiscalYearOf,
  fiscalYearRange,
  formatDate,
  formatFiscalYear,
  parseIsoDate,
} from '#shared/text/japaneseDate';

const jaJapanese = { language: 'ja', calendar: 'japanese' } as const;
const jaGregory = { language: 'ja', calendar: 'gregory' } as const;
const en = { language: 'en', calendar: 'gregory' } as const;

describe('fiscal years (April–March)', () => {
  it('puts the last day of March in the year before and 1 April in the next', () => {
    expect(formatFiscalYear(fiscalYearOf('2027-03-31'), jaJapanese)).toBe('令和8年度');
    expect(formatFiscalYear(fiscalYearOf('2027-04-01'), jaJapanese)).toBe('令和9年度');
  });

  it('names the plan year FY2012 平成24年度 from its first to its last day', () => {
    expect(fiscalYearOf('2012-04-01')).toBe(2012);
    expect(fiscalYearOf('2013-03-31')).toBe(2012);
    expect(fiscalYearOf('2012-03-31')).toBe(2011);
    expect(formatFiscalYear(2012, jaJapanese)).toBe('平成24年度');
    expect(fiscalYearRange(2012)).toEqual({ start: '2012-04-01', end: '2013-03-31' });
  });

  it('names the year of an era change as it is named in practice', () => {
    expect(formatFiscalYear(2019, jaJapanese)).toBe('令和元年度');
    expect(formatFiscalYear(1988, jaJapanese)).toBe('昭和63年度');
    expect(formatFiscalYear(1989, jaJapanese)).toBe('平成元年度');
  });

  it('uses Western years when the user prefers them, and FY in English', () => {
    expect(formatFiscalYear(2026, jaGregory)).toBe('2026年度');
    expect(formatFiscalYear(2026, en)).toBe('FY2026');
  });
});

describe('formatDate', () => {
  it('shows a day in the Western calendar or in 和暦', () => {
    expect(formatDate('2026-04-01', jaGregory)).toBe('2026年4月1日');
    expect(formatDate('2026-04-01', jaJapanese)).toBe('令和8年4月1日');
    expect(formatDate('2019-05-01', jaJapanese)).toBe('令和元年5月1日');
    expect(formatDate('2019-04-30', jaJapanese)).toBe('平成31年4月30日');
    expect(formatDate('2026-04-01', en)).toBe('April 1, 2026');
  });

  it('shows the same day whatever the time zone of the machine', () => {
    // Parsed as a calendar day, formatted in UTC: no shift to 31 March west of Greenwich.
    expect(parseIsoDate('2026-04-01').toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('refuses text that is not a calendar day', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('2026/04/01')).toThrow(RangeError);
  });
});
