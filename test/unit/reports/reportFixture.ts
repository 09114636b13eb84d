import { companySchema, type Company } from '#shared/domain/company';
import { eventSchema, type KakehashiEvent } from '#shared/domain/event';
import { matchSchema, type Match } from '#shared/domain/match';
import { needSchema, type Need } from '#shared/domain/need';
import { seedSchema, type Seed } from '#shared/domain/seed';
import { visitSchema, type Visit } from '#shared/domain/visit';
import type { ReportData } from '#shared/reports/reportModel';

/** A readable fixture id as a valid ULID: id('V1') = '000…0V1'. */
export const id = (name: string): string => name.padStart(26, '0');

const meta = (name: string, createdAt = '2019-01-01T00:00:00.000Z', updatedAt = createdAt) => ({
  id: id(name),
  createdAt,
  updatedAt,
  createdBy: 'test',
});

const company = (name: string, kind: string, municipality: string, region: string, deleted = false): Company =>
  companySchema.parse({ ...meta(name), name: `会社${name}`, kind, municipality, region, deleted });

const visit = (
  name: string,
  companyName: string,
  date: string,
  purpose: string,
  coordinator: string,
  extra: { seeds?: string[]; state?: 'draft' | 'final'; deleted?: boolean } = {},
): Visit =>
  visitSchema.parse({
    ...meta(name),
    companyId: id(companyName),
    date,
    purpose,
    coordinator,
    seedIds: (extra.seeds ?? []).map(id),
    state: extra.state ?? 'final',
    deleted: extra.deleted ?? false,
  });

const need = (
  name: string,
  companyName: string,
  source: string,
  createdAt: string,
  field: string,
  status: string,
): Need =>
  needSchema.parse({
    ...meta(name, createdAt),
    companyId: id(companyName),
    sourceVisitId: source === '' ? '' : id(source),
    title: `ニーズ${name}`,
    field,
    status,
  });

const seed = (name: string, createdAt: string, updatedAt = createdAt, deleted = false): Seed =>
  seedSchema.parse({
    ...meta(name, createdAt, updatedAt),
    title: `シーズ${name}`,
    field: 'food',
    stage: 'basic',
    deleted,
  });

const match = (name: string, needName: string, seedName: string, status: string, createdAt: string): Match =>
  matchSchema.parse({ ...meta(name, createdAt), needId: id(needName), seedId: id(seedName), status });

const event = (
  name: string,
  kind: string,
  region: string,
  date: string,
  attendance: { company: string; names: string[]; attended: boolean }[] = [],
  consultations: string[] = [],
): KakehashiEvent =>
  eventSchema.parse({
    ...meta(name),
    kind,
    title: `行事${name}`,
    region,
    date,
    attendance: attendance.map((a) => ({ companyId: id(a.company), names: a.names, attended: a.attended })),
    consultations: consultations.map((c) => ({ companyId: id(c) })),
  });

/**
 * A small data set counted by hand (docs/reports.md has the definitions). FY2019 is 1 April 2019
 * – 31 March 2020 (令和元年度); FY2018 is 平成30年度.
 */
export const fixture: ReportData = {
  companies: [
    company('C1', 'foodMaker', '06201', 'murayama'),
    company('C2', 'ja', '06203', 'shonai'),
    company('C3', 'university', '06202', 'okitama'),
    company('C4', 'farmer', '', ''),
    company('C5', 'medical', '06201', 'murayama', true),
  ],
  visits: [
    visit('V1', 'C1', '2019-04-01', 'needsDiscovery', 'A', { seeds: ['S1'] }),
    visit('V2', 'C1', '2019-03-31', 'followUp', 'A'),
    visit('V3', 'C2', '2019-05-10', 'seedIntroduction', 'B', { seeds: ['S1', 'S2'] }),
    visit('V4', 'C3', '2020-03-31', 'seedIntroduction', 'A', { seeds: ['S1', 'S3'] }),
    visit('V5', 'C4', '2020-04-01', 'other', 'B'),
    visit('V6', 'C2', '2019-06-01', 'followUp', 'B', { state: 'draft' }),
    visit('V7', 'C1', '2019-07-01', 'followUp', 'A', { deleted: true }),
    visit('V8', 'C5', '2019-08-01', 'followUp', 'A'),
    visit('V9', 'C2', '2018-10-10', 'jointResearchMeeting', 'B'),
    visit('VA', 'C1', '2019-09-09', 'followUp', 'A', { seeds: ['S1'] }),
  ],
  needs: [
    need('N1', 'C1', 'V1', '2019-03-01T00:00:00.000Z', 'food', 'matched'),
    need('N2', 'C2', '', '2020-03-31T14:00:00.000Z', 'agriculture', 'open'),
    need('N3', 'C3', '', '2020-03-31T15:00:00.000Z', 'medical', 'open'),
    need('N4', 'C2', 'V9', '2018-10-10T00:00:00.000Z', 'food', 'jointResearch'),
  ],
  seeds: [
    seed('S1', '2019-03-31T15:00:00.000Z'),
    seed('S2', '2019-03-31T14:59:59.000Z', '2019-06-01T00:00:00.000Z'),
    seed('S3', '2019-05-01T00:00:00.000Z', '2019-05-01T00:00:00.000Z', true),
  ],
  matches: [
    match('M1', 'N1', 'S1', 'theme', '2019-05-01T00:00:00.000Z'),
    match('M2', 'N2', 'S2', 'declined', '2019-06-01T00:00:00.000Z'),
    match('M3', 'N4', 'S1', 'contacted', '2018-11-01T00:00:00.000Z'),
  ],
  events: [
    event(
      'E1',
      'seedBriefing',
      'okitama',
      '2019-11-11',
      [
        { company: 'C3', names: ['甲', '乙'], attended: true },
        { company: 'C1', names: [], attended: true },
        { company: 'C2', names: ['丙'], attended: false },
      ],
      ['C3', 'C1'],
    ),
    event('E2', 'seedBriefing', 'shonai', '2019-12-01', [{ company: 'C2', names: ['丁'], attended: true }]),
    event('E3', 'researchExchange', 'murayama', '2019-04-01', [{ company: 'C1', names: ['戊'], attended: true }]),
    event('E4', 'liaisonMeeting', '', '2020-04-01'),
    event('E5', 'seedBriefing', 'murayama', '2018-07-01', [{ company: 'C1', names: ['己', '庚'], attended: true }]),
  ],
};
