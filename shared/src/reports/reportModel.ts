import type { Company } from '../domain/company.ts';
import type { KakehashiEvent } from '../domain/event.ts';
import type { Match } from '../domain/match.ts';
import type { Need } from '../domain/need.ts';
import type { Seed } from '../domain/seed.ts';
import type { Visit } from '../domain/visit.ts';
import type { RegionId } from '../master/regions.ts';

/** The stored tables a report reads (deleted records included; the figures skip them). */
export type ReportData = Readonly<{
  companies: readonly Company[];
  visits: readonly Visit[];
  needs: readonly Need[];
  seeds: readonly Seed[];
  matches: readonly Match[];
  events: readonly KakehashiEvent[];
}>;

/** What the report is about: a fiscal year, and optionally one coordinator or one region ('' = all). */
export type ReportFilter = Readonly<{ fiscalYear: number; coordinator: string; region: RegionId | '' }>;

/** The table whose records a figure counts (where its drill-down list comes from). */
export type ReportRecordTable = 'visits' | 'companies' | 'needs' | 'seeds' | 'matches' | 'events';

/** One figure of one year: its value and the ids of the records it counts (sorted). */
export type YearFigure = Readonly<{ value: number; table: ReportRecordTable; ids: readonly string[] }>;

/** One row of a section table in one year: a category key and its figure. */
export type YearRow = Readonly<{ key: string } & YearFigure>;

/** Which vocabulary a table's row keys come from (how the keys are labelled). */
export type ReportDimension =
  | 'region'
  | 'companyKind'
  | 'purpose'
  | 'month'
  | 'coordinator'
  | 'measure'
  | 'researchField'
  | 'needStatus'
  | 'seed'
  | 'matchStatus'
  | 'eventKind';

/** A section table computed for one year. */
export type YearTable = Readonly<{ id: string; dimension: ReportDimension; rows: readonly YearRow[] }>;

/** One row compared with the previous fiscal year: difference and ratio (null when last year was 0). */
export type ReportRow = Readonly<{
  key: string;
  current: YearFigure;
  previous: YearFigure;
  difference: number;
  ratio: number | null;
}>;

/** A section table with both years side by side. */
export type ReportTable = Readonly<{ id: string; dimension: ReportDimension; rows: readonly ReportRow[] }>;

/** The sections of the report, in the order shown. */
export const reportSectionIds = ['activity', 'needsSeeds', 'matching', 'exchange'] as const;

/** One section id. */
export type ReportSectionId = (typeof reportSectionIds)[number];

/** A section of the report: its tables. */
export type ReportSection = Readonly<{ id: ReportSectionId; tables: readonly ReportTable[] }>;

/** A whole report: the filter it answers and its sections. */
export type Report = Readonly<{ filter: ReportFilter; sections: readonly ReportSection[] }>;

/** A pure section function: the tables of one section for one fiscal year. */
export type SectionFunction = (data: ReportIndex, filter: ReportFilter) => readonly YearTable[];

/** The tables a report reads, live records only, with the look-ups the sections share. */
export type ReportIndex = Readonly<{
  data: ReportData;
  companyById: ReadonlyMap<string, Company>;
  visitById: ReadonlyMap<string, Visit>;
  needById: ReadonlyMap<string, Need>;
  /** Final visits, live, of a live company. */
  finalVisits: readonly Visit[];
  /** The date of each company's first final visit ever. */
  firstVisitDate: ReadonlyMap<string, string>;
}>;
