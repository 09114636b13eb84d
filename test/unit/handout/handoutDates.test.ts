import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDateEn,
  formatEraYearEn,
  formatHandoutFiscalYear,
  formatJapaneseEraDate,
  formatWesternDateJa,
} from '#shared/handout/handoutDates';

describe('handout dates', () => {
  it("writes 和暦 with the era, 元年 for an era's first year, and the weekday", () => {
    expect(formatJapaneseEraDate('2012-07-09')).toBe('平成24年7月9日(月)');
    expect(formatJapaneseEraDate('2019-04-30')).toBe('平成31年4月30日(火)');
    expect(formatJapaneseEraDate('2019-05-01')).toBe('令和元年5月1日(水)');
  });

  it('writes the same day in Western form, in Japanese and in English, with the era year', () => {
    expect(formatWesternDateJa('2012-07-09')).toBe('2012年7月9日');
    expect(formatDateEn('2012-07-09')).toBe('Monday, 9 July 2012');
    expect(formatEraYearEn('2012-07-09')).toBe('Heisei 24');
    expect(formatEraYearEn('2019-05-01')).toBe('Reiwa 1');
  });

  it('names fiscal years in 和暦 in Japanese and as FY in English', () => {
    expect(formatHandoutFiscalYear(2012, 'ja')).toBe('平成24年度');
    expect(formatHandoutFiscalYear(2019, 'ja')).toBe('令和元年度');
    expect(formatHandoutFiscalYear(2012, 'en')).toBe('FY2012');
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(() => formatJapaneseEraDate('2012-02-30')).toThrow(RangeError);
  });

  it('never shifts the day, whatever the date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const day = String(Number(iso.slice(8, 10)));
          expect(formatJapaneseEraDate(iso)).toContain(`${day}日`);
          expect(formatWesternDateJa(iso).startsWith(`${iso.slice(0, 4)}年`)).toBe(true);
        },
      ),
    );
  });
});
