import type { KakehashiEvent } from '../domain/event.ts';
import type { Need } from '../domain/need.ts';
import { needStatuses, researchFields } from '../master/vocabularies.ts';
import { fiscalYearOf } from '../text/japaneseDate.ts';
import { japanDayOf, fiscalYearOfInstant } from './reportDates.ts';
import { countBy, regionOfCompany, rowOf, visitsOfYear } from './reportIndex.ts';
import type { ReportFilter, ReportIndex, SectionFunction, YearRow } from './reportModel.ts';

/** The day a need was heard: its source visit's date, else the day it was recorded (Japan time). */
export function needDay(index: ReportIndex, need: Need): string {
  const visit = need.sourceVisitId === '' ? undefined : index.visitById.get(need.sourceVisitId);
  return visit?.date ?? japanDayOf(need.createdAt);
}

/** The needs new in the filter's fiscal year (by `needDay`), of companies in its region. */
export function needsOfYear(index: ReportIndex, filter: ReportFilter): Need[] {
  return index.data.needs.filter(
    (n) =>
      index.companyById.has(n.companyId) &&
      fiscalYearOf(needDay(index, n)) === filter.fiscalYear &&
      (filter.region === '' || regionOfCompany(index, n.companyId) === filter.region),
  );
}

/** The regions outside 庄内 where seed information is provided (シーズ説明会). */
export const briefingRegions = ['murayama', 'mogami', 'okitama'] as const;

/** People who came from one event: the names listed for each attending company, at least one per company. */
export function attendeesOf(event: KakehashiEvent): number {
  return event.attendance.filter((a) => a.attended).reduce((sum, a) => sum + Math.max(1, a.names.length), 0);
}

function byDescendingValue(rows: YearRow[]): YearRow[] {
  return rows.sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
}

/**
 * Needs and seeds: new needs by field and by status; seed sheets added or updated; seeds introduced
 * in the year's visits (visits and distinct companies per seed); シーズ説明会 held outside 庄内
 * per region with attendees and consultations.
 */
export const needsSeedsSection: SectionFunction = (index, filter) => {
  const needs = needsOfYear(index, filter);
  const fy = filter.fiscalYear;
  const seeds = index.data.seeds;
  const added = seeds.filter((s) => fiscalYearOfInstant(s.createdAt) === fy);
  const updated = seeds.filter((s) => fiscalYearOfInstant(s.createdAt) < fy && fiscalYearOfInstant(s.updatedAt) === fy);
  const liveSeeds = new Set(seeds.map((s) => s.id as string));
  const introductions = new Map<string, { visits: string[]; companies: string[] }>();
  for (const visit of visitsOfYear(index, filter)) {
    for (const seedId of new Set(visit.seedIds)) {
      if (!liveSeeds.has(seedId)) continue;
      const entry = introductions.get(seedId) ?? { visits: [], companies: [] };
      entry.visits.push(visit.id);
      entry.companies.push(visit.companyId);
      introductions.set(seedId, entry);
    }
  }
  const briefings = index.data.events.filter(
    (e) =>
      e.kind === 'seedBriefing' &&
      fiscalYearOf(e.date) === fy &&
      (briefingRegions as readonly string[]).includes(e.region) &&
      (filter.region === '' || e.region === filter.region),
  );
  const briefingRows = (value: (e: KakehashiEvent) => number): YearRow[] =>
    briefingRegions.map((region) => {
      const held = briefings.filter((e) => e.region === region);
      return {
        key: region,
        value: held.reduce((sum, e) => sum + value(e), 0),
        table: 'events',
        ids: held.map((e) => e.id as string).sort(),
      };
    });
  return [
    {
      id: 'newNeedsByField',
      dimension: 'researchField',
      rows: countBy(needs, (n) => n.field, 'needs', researchFields),
    },
    { id: 'newNeedsByStatus', dimension: 'needStatus', rows: countBy(needs, (n) => n.status, 'needs', needStatuses) },
    {
      id: 'seedSheets',
      dimension: 'measure',
      rows: [
        rowOf(
          'seedsAdded',
          'seeds',
          added.map((s) => s.id),
        ),
        rowOf(
          'seedsUpdated',
          'seeds',
          updated.map((s) => s.id),
        ),
      ],
    },
    {
      id: 'seedIntroductions',
      dimension: 'seed',
      rows: byDescendingValue(
        [...introductions].map(([seedId, entry]) => ({ ...rowOf(seedId, 'visits', entry.visits) })),
      ),
    },
    {
      id: 'seedIntroducedCompanies',
      dimension: 'seed',
      rows: byDescendingValue([...introductions].map(([seedId, entry]) => rowOf(seedId, 'companies', entry.companies))),
    },
    { id: 'briefingsHeld', dimension: 'region', rows: briefingRows(() => 1) },
    { id: 'briefingAttendees', dimension: 'region', rows: briefingRows(attendeesOf) },
    { id: 'briefingConsultations', dimension: 'region', rows: briefingRows((e) => e.consultations.length) },
  ];
};
