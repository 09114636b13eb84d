import { sampleCompanies, sampleProgramme, sampleVisits } from '#shared/sample/sampleData';
import { sampleSeeds } from '#shared/sample/sampleSeeds';
import type { KakehashiDb } from './database.ts';
import { planDeleteCompany, planDeleteRecord, planDeleteWithMatches, type RecordWrite } from './recordWrites.ts';
import { toDomain } from './repository.ts';

/** What removing the sample data deletes, with the counts a confirmation names. */
export type SampleRemoval = Readonly<{
  writes: RecordWrite[];
  counts: Readonly<{
    companies: number;
    visits: number;
    needs: number;
    matches: number;
    seeds: number;
    programmes: number;
  }>;
}>;

/**
 * The sample records still alive: the companies, seed sheets and programme of the first run, found by
 * their names (sample companies are fictitious, so a name match is a sample), the sample visits, and
 * what hangs on them — visits and needs of sample companies and matches of sample seeds — so that
 * nothing is left pointing at a deleted sample.
 */
export async function planRemoveSamples(db: KakehashiDb): Promise<SampleRemoval> {
  const companyNames = new Set(sampleCompanies.map((company) => company.name));
  const seedTitles = new Set(sampleSeeds.map((seed) => seed.title));
  const sampleSummaries = new Set(sampleVisits.map((visit) => visit.summary));
  const [companies, seeds, programmes, visits, needs, matches, projects, funding, subsidies] = await Promise.all([
    db.companies.toArray(),
    db.seeds.toArray(),
    db.programmes.toArray(),
    db.visits.toArray(),
    db.needs.toArray(),
    db.matches.toArray(),
    db.projects.toArray(),
    db.fundingApplications.toArray(),
    db.subsidyApplications.toArray(),
  ]);
  const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((row) => !row.deleted);
  const sampleCompanyList = live(companies).filter((company) => companyNames.has(company.name));
  const sampleCompanyIds = new Set(sampleCompanyList.map((company) => company.id as string));
  const sampleSeedList = live(seeds).filter((seed) => seedTitles.has(seed.title));
  const sampleSeedIds = new Set(sampleSeedList.map((seed) => seed.id as string));
  const sampleProgrammes = live(programmes).filter(
    (programme) => programme.name === sampleProgramme.name && programme.fiscalYear === sampleProgramme.fiscalYear,
  );
  const goneVisits = live(visits).filter(
    (visit) => sampleCompanyIds.has(visit.companyId) || sampleSummaries.has(visit.summary),
  );
  const goneNeeds = live(needs).filter((need) => sampleCompanyIds.has(need.companyId));
  const goneNeedIds = new Set(goneNeeds.map((need) => need.id as string));
  const goneMatches = live(matches).filter((match) => sampleSeedIds.has(match.seedId) || goneNeedIds.has(match.needId));

  // Projects of sample companies only (a project with a real company stays), their funding, and
  // grant applications of sample companies or to the sample programme.
  const sampleProgrammeIds = new Set(sampleProgrammes.map((programme) => programme.id as string));
  const goneProjects = live(projects).filter(
    (project) => project.companyIds.length > 0 && project.companyIds.every((id) => sampleCompanyIds.has(id)),
  );
  const goneProjectIds = new Set(goneProjects.map((project) => project.id as string));
  const goneFunding = live(funding).filter((application) => goneProjectIds.has(application.projectId));
  const goneSubsidies = live(subsidies).filter(
    (application) => sampleCompanyIds.has(application.companyId) || sampleProgrammeIds.has(application.programmeId),
  );
  const writes = [
    ...goneProjects.flatMap((project) => planDeleteRecord('projects', project)),
    ...goneFunding.flatMap((application) => planDeleteRecord('fundingApplications', application)),
    ...goneSubsidies.flatMap((application) => planDeleteRecord('subsidyApplications', application)),
    ...sampleCompanyList.flatMap((company) =>
      planDeleteCompany(toDomain(company), { visits: [], needs: [], matches: [] }, { keepDependents: true }),
    ),
    ...goneVisits.flatMap((visit) => planDeleteRecord('visits', visit)),
    ...goneNeeds.flatMap((need) => planDeleteRecord('needs', need)),
    ...goneMatches.flatMap((match) => planDeleteRecord('matches', match)),
    ...sampleSeedList.flatMap((seed) => planDeleteWithMatches('seeds', seed, [])),
    ...sampleProgrammes.flatMap((programme) => planDeleteRecord('programmes', programme)),
  ];
  return {
    writes,
    counts: {
      companies: sampleCompanyList.length,
      visits: goneVisits.length,
      needs: goneNeeds.length,
      matches: goneMatches.length,
      seeds: sampleSeedList.length,
      programmes: sampleProgrammes.length,
    },
  };
}
