import { describe, expect, it } from 'vitest';
import { fiscalYearOf as validatorFiscalYearOf } from '#shared/domain/validators/dates';
import { computeReport } from '#shared/reports/computeReport';
import { fiscalYearOfInstant, japanDayOf } from '#shared/reports/reportDates';
import type { Report, ReportFilter } from '#shared/reports/reportModel';
import { fiscalYearOf, formatFiscalYear } from '#shared/text/japaneseDate';
import { fixture, id } from './reportFixture.ts';

const fy2019: ReportFilter = { fiscalYear: 2019, coordinator: '', region: '' };

/** One table as [key, this year, last year] triples, ids left out. */
function figures(report: Report, tableId: string): [string, number, number][] {
  const table = report.sections.flatMap((s) => s.tables).find((t) => t.id === tableId);
  if (table === undefined) throw new Error(`no table ${tableId}`);
  return table.rows.map((r) => [r.key, r.current.value, r.previous.value]);
}

function row(report: Report, tableId: string, key: string) {
  const found = report.sections
    .flatMap((s) => s.tables)
    .find((t) => t.id === tableId)
    ?.rows.find((r) => r.key === key);
  if (found === undefined) throw new Error(`no row ${tableId}/${key}`);
  return found;
}

describe('fiscal-year boundaries', () => {
  it.each([
    ['2019-03-31', 2018],
    ['2019-04-01', 2019],
    ['2020-03-31', 2019],
    ['2020-04-01', 2020],
  ])('the day %s belongs to FY%i, by both validators and display', (day, year) => {
    expect(fiscalYearOf(day)).toBe(year);
    expect(validatorFiscalYearOf(day)).toBe(year);
  });

  it('refuses an impossible day in the validators too (one shared rule)', () => {
    expect(() => validatorFiscalYearOf('2019-02-30')).toThrow(RangeError);
  });

  it.each([
    ['2019-03-31T14:59:59.000Z', '2019-03-31', 2018],
    ['2019-03-31T15:00:00.000Z', '2019-04-01', 2019],
  ])('a record stored at %s was made on %s in Japan, FY%i', (instant, day, year) => {
    expect(japanDayOf(instant)).toBe(day);
    expect(fiscalYearOfInstant(instant)).toBe(year);
  });

  it.each([
    [2018, '平成30年度'],
    [2019, '令和元年度'],
    [2020, '令和2年度'],
  ])('FY%i is named %s', (year, label) => {
    expect(formatFiscalYear(year, { language: 'ja', calendar: 'japanese' })).toBe(label);
    expect(formatFiscalYear(year, { language: 'ja', calendar: 'gregory' })).toBe(`${year}年度`);
  });
});

describe('report figures against the hand-counted fixture (FY2019 vs FY2018)', () => {
  const report = computeReport(fixture, fy2019);

  it.each([
    [
      'visitsByRegion',
      [
        ['murayama', 2, 1],
        ['mogami', 0, 0],
        ['okitama', 1, 0],
        ['shonai', 1, 1],
      ],
    ],
    [
      'visitsByKind',
      [
        ['ja', 1, 1],
        ['agriCorporation', 0, 0],
        ['farmer', 0, 0],
        ['foodMaker', 2, 1],
        ['medical', 0, 0],
        ['financial', 0, 0],
        ['university', 1, 0],
        ['publicLab', 0, 0],
      ],
    ],
    [
      'visitsByPurpose',
      [
        ['needsDiscovery', 1, 0],
        ['seedIntroduction', 2, 0],
        ['followUp', 1, 1],
        ['jointResearchMeeting', 0, 1],
        ['other', 0, 0],
      ],
    ],
    [
      'visitsByMonth',
      [
        ['04', 1, 0],
        ['05', 1, 0],
        ['06', 0, 0],
        ['07', 0, 0],
        ['08', 0, 0],
        ['09', 1, 0],
        ['10', 0, 1],
        ['11', 0, 0],
        ['12', 0, 0],
        ['01', 0, 0],
        ['02', 0, 0],
        ['03', 1, 1],
      ],
    ],
    [
      'companiesVisited',
      [
        ['distinctCompanies', 3, 2],
        ['firstVisits', 1, 2],
      ],
    ],
    [
      'visitsByCoordinator',
      [
        ['A', 3, 1],
        ['B', 1, 1],
      ],
    ],
    [
      'newNeedsByField',
      [
        ['medical', 0, 0],
        ['agriculture', 1, 0],
        ['food', 1, 1],
        ['environment', 0, 0],
      ],
    ],
    [
      'newNeedsByStatus',
      [
        ['open', 1, 0],
        ['matched', 1, 0],
        ['jointResearch', 0, 1],
        ['closed', 0, 0],
      ],
    ],
    [
      'seedSheets',
      [
        ['seedsAdded', 1, 1],
        ['seedsUpdated', 1, 0],
      ],
    ],
    [
      'seedIntroductions',
      [
        [id('S1'), 4, 0],
        [id('S2'), 1, 0],
      ],
    ],
    [
      'seedIntroducedCompanies',
      [
        [id('S1'), 3, 0],
        [id('S2'), 1, 0],
      ],
    ],
    [
      'briefingsHeld',
      [
        ['murayama', 0, 1],
        ['mogami', 0, 0],
        ['okitama', 1, 0],
      ],
    ],
    [
      'briefingAttendees',
      [
        ['murayama', 0, 2],
        ['mogami', 0, 0],
        ['okitama', 3, 0],
      ],
    ],
    [
      'briefingConsultations',
      [
        ['murayama', 0, 0],
        ['mogami', 0, 0],
        ['okitama', 2, 0],
      ],
    ],
    [
      'matchesByStatus',
      [
        ['proposed', 0, 0],
        ['contacted', 0, 1],
        ['theme', 1, 0],
        ['declined', 1, 0],
      ],
    ],
    ['newThemes', [['themes', 1, 0]]],
    [
      'funnel',
      [
        ['funnelNeeds', 2, 1],
        ['funnelMatched', 1, 1],
        ['funnelThemed', 1, 0],
      ],
    ],
    [
      'exchangeHeld',
      [
        ['researchExchange', 1, 0],
        ['presentationExhibition', 0, 0],
        ['liaisonMeeting', 0, 0],
      ],
    ],
    [
      'exchangeParticipants',
      [
        ['researchExchange', 1, 0],
        ['presentationExhibition', 0, 0],
        ['liaisonMeeting', 0, 0],
      ],
    ],
  ])('%s', (tableId, expected) => {
    expect(figures(report, tableId)).toEqual(expected);
  });

  it('names the records each figure counts, for the drill-down', () => {
    expect(row(report, 'visitsByRegion', 'murayama').current).toEqual({
      value: 2,
      table: 'visits',
      ids: [id('V1'), id('VA')],
    });
    expect(row(report, 'visitsByRegion', 'murayama').previous.ids).toEqual([id('V2')]);
    expect(row(report, 'companiesVisited', 'firstVisits').current.ids).toEqual([id('C3')]);
    expect(row(report, 'newNeedsByField', 'agriculture').current).toEqual({
      value: 1,
      table: 'needs',
      ids: [id('N2')],
    });
    expect(row(report, 'briefingAttendees', 'okitama').current).toEqual({ value: 3, table: 'events', ids: [id('E1')] });
  });

  it('gives the difference and the ratio to last year, none when last year was 0', () => {
    expect(row(report, 'visitsByRegion', 'murayama')).toMatchObject({ difference: 1, ratio: 2 });
    expect(row(report, 'visitsByRegion', 'okitama')).toMatchObject({ difference: 1, ratio: null });
    expect(row(report, 'companiesVisited', 'firstVisits')).toMatchObject({ difference: -1, ratio: 0.5 });
  });

  it('reports progress after each section', () => {
    const seen: [number, number][] = [];
    computeReport(fixture, fy2019, (done, total) => seen.push([done, total]));
    expect(seen).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });
});

describe('report filters', () => {
  it('a coordinator narrows the visit figures to their visits', () => {
    const report = computeReport(fixture, { ...fy2019, coordinator: 'A' });
    expect(figures(report, 'visitsByCoordinator')).toEqual([['A', 3, 1]]);
    expect(row(report, 'visitsByRegion', 'shonai').current.value).toBe(0);
    expect(figures(report, 'seedIntroductions')).toEqual([[id('S1'), 3, 0]]);
  });

  it('a region narrows visits, needs, matches and events to that region', () => {
    const report = computeReport(fixture, { ...fy2019, region: 'shonai' });
    expect(figures(report, 'visitsByRegion').filter(([, now, before]) => now + before > 0)).toEqual([['shonai', 1, 1]]);
    expect(row(report, 'funnel', 'funnelNeeds').current.ids).toEqual([id('N2')]);
    expect(figures(report, 'matchesByStatus').filter(([, now]) => now > 0)).toEqual([['declined', 1, 0]]);
    expect(figures(report, 'briefingsHeld').every(([, now, before]) => now === 0 && before === 0)).toBe(true);
    expect(figures(report, 'exchangeHeld').every(([, now]) => now === 0)).toBe(true);
  });

  it('a visit on 1 April 2020 is FY2020 and not in the FY2019 report', () => {
    const report = computeReport(fixture, { ...fy2019, fiscalYear: 2020 });
    expect(row(report, 'visitsByKind', 'farmer').current.ids).toEqual([id('V5')]);
    expect(row(report, 'visitsByRegion', 'unknown').current.ids).toEqual([id('V5')]);
  });
});
