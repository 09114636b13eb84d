import { Dexie } from 'dexie';
import type { Company } from '#shared/domain/company';
import type { FundingApplication } from '#shared/domain/fundingApplication';
import type { Need } from '#shared/domain/need';
import { deriveProject, type Project } from '#shared/domain/project';
import type { SubsidyApplication } from '#shared/domain/subsidyApplication';
import { decideCompanySize } from '#shared/subsidy/companySize';
import { openFollowUpDues, type Visit } from '#shared/domain/visit';
import { regionOfMunicipality } from '#shared/master/municipalities';
import type { RegionId } from '#shared/master/regions';
import type { CompanyKind, NeedStatus } from '#shared/master/vocabularies';
import type { AttachmentMeta } from '#shared/domain/attachment';
import type { KakehashiDb } from './database.ts';
import { createRepository, toDomain, type Repository } from './repository.ts';

const alive = <T extends { deleted: boolean }>(records: T[]) => records.filter((record) => !record.deleted);

/**
 * A company's region follows its municipality whenever the municipality is known, and its size
 * follows the 中小企業基本法 whenever capital, employees (or an override) decide it.
 */
function deriveCompany(company: Company): Company {
  const region = company.municipality === '' ? undefined : regionOfMunicipality(company.municipality);
  const { size } = decideCompanySize(
    { industry: company.smeIndustry, capitalYen: company.capitalYen, employees: company.employees },
    company.sizeOverride,
  );
  return { ...company, ...(region === undefined ? {} : { region }), ...(size === null ? {} : { size }) };
}

/** The follow-up index holds the due dates of a visit's open follow-ups. */
function deriveVisit(visit: Visit): Visit {
  return { ...visit, openFollowUpDues: openFollowUpDues(visit.followUps) };
}

/** Companies, with the queries the screens need. */
export type CompanyRepository = Repository<'companies'> &
  Readonly<{
    /** Live companies in 五十音 order of their よみ (those without よみ first). */
    listByKana(): Promise<Company[]>;
    listByRegion(region: RegionId): Promise<Company[]>;
    listByKind(kind: CompanyKind): Promise<Company[]>;
  }>;

/** Visit logs, with the queries the screens need. */
export type VisitRepository = Repository<'visits'> &
  Readonly<{
    /** A company's live visits, newest first. */
    listByCompany(companyId: string): Promise<Visit[]>;
    /** Live visits between two dates (inclusive), oldest first. */
    listByDateRange(from: string, to: string): Promise<Visit[]>;
    /** Live visits with an open follow-up due on or before a date, earliest due first. */
    listWithFollowUpsDueBy(date: string): Promise<Visit[]>;
  }>;

/** Needs, with the queries the screens need. */
export type NeedRepository = Repository<'needs'> & Readonly<{ listByStatus(status: NeedStatus): Promise<Need[]> }>;

/** Projects, with the queries the screens need. */
export type ProjectRepository = Repository<'projects'> &
  Readonly<{ listByCompany(companyId: string): Promise<Project[]> }>;

/** Competitive-funding applications, with the queries the screens need. */
export type FundingApplicationRepository = Repository<'fundingApplications'> &
  Readonly<{ listByProject(projectId: string): Promise<FundingApplication[]> }>;

/** Subsidy applications, with the queries the screens need. */
export type SubsidyApplicationRepository = Repository<'subsidyApplications'> &
  Readonly<{
    listByProgramme(programmeId: string): Promise<SubsidyApplication[]>;
    listByProject(projectId: string): Promise<SubsidyApplication[]>;
  }>;

/** Attachment metadata, findable by content hash. */
export type AttachmentRepository = Repository<'attachments'> &
  Readonly<{ findBySha256(sha256: string): Promise<AttachmentMeta | undefined> }>;

/** Every repository of the app. */
export type Repositories = Readonly<{
  companies: CompanyRepository;
  visits: VisitRepository;
  needs: NeedRepository;
  seeds: Repository<'seeds'>;
  matches: Repository<'matches'>;
  events: Repository<'events'>;
  projects: ProjectRepository;
  programmes: Repository<'programmes'>;
  fundingApplications: FundingApplicationRepository;
  subsidyApplications: SubsidyApplicationRepository;
  attachments: AttachmentRepository;
}>;

/** Creates the typed repositories over an open database. */
export function createRepositories(db: KakehashiDb): Repositories {
  const companies = createRepository(db, 'companies', deriveCompany);
  const visits = createRepository(db, 'visits', deriveVisit);
  const needs = createRepository(db, 'needs');
  const attachments = createRepository(db, 'attachments');
  const projects = createRepository(db, 'projects', deriveProject);
  const funding = createRepository(db, 'fundingApplications');
  const subsidies = createRepository(db, 'subsidyApplications');
  return {
    companies: {
      ...companies,
      listByKana: async () => alive(await db.companies.orderBy('nameKana').toArray()).map(toDomain),
      listByRegion: async (region) =>
        alive(await db.companies.where('region').equals(region).sortBy('nameKana')).map(toDomain),
      listByKind: async (kind) => alive(await db.companies.where('kind').equals(kind).sortBy('nameKana')).map(toDomain),
    },
    visits: {
      ...visits,
      listByCompany: async (companyId) =>
        alive(
          await db.visits
            .where('[companyId+date]')
            .between([companyId, Dexie.minKey], [companyId, Dexie.maxKey])
            .reverse()
            .toArray(),
        ).map(toDomain),
      listByDateRange: async (from, to) =>
        alive(await db.visits.where('date').between(from, to, true, true).toArray()).map(toDomain),
      listWithFollowUpsDueBy: async (date) => {
        const found = await db.visits.where('openFollowUpDues').belowOrEqual(date).distinct().toArray();
        return alive(found)
          .map(toDomain)
          .sort((a, b) => (a.openFollowUpDues[0] ?? '').localeCompare(b.openFollowUpDues[0] ?? ''));
      },
    },
    needs: {
      ...needs,
      listByStatus: async (status) => alive(await db.needs.where('status').equals(status).toArray()).map(toDomain),
    },
    seeds: createRepository(db, 'seeds'),
    matches: createRepository(db, 'matches'),
    events: createRepository(db, 'events'),
    projects: {
      ...projects,
      listByCompany: async (companyId) =>
        alive(await db.projects.where('companyIds').equals(companyId).toArray()).map(toDomain),
    },
    programmes: createRepository(db, 'programmes'),
    fundingApplications: {
      ...funding,
      listByProject: async (projectId) =>
        alive(await db.fundingApplications.where('projectId').equals(projectId).toArray()).map(toDomain),
    },
    subsidyApplications: {
      ...subsidies,
      listByProgramme: async (programmeId) =>
        alive(await db.subsidyApplications.where('programmeId').equals(programmeId).toArray()).map(toDomain),
      listByProject: async (projectId) =>
        alive(await db.subsidyApplications.where('projectId').equals(projectId).toArray()).map(toDomain),
    },
    attachments: {
      ...attachments,
      findBySha256: async (sha256) => {
        const found = alive(await db.attachments.where('sha256').equals(sha256).toArray());
        return found[0] === undefined ? undefined : toDomain(found[0]);
      },
    },
  };
}
