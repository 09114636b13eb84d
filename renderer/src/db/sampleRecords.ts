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
  const [companies, seeds, programmes, visits, needs, matches] = await Promise.all([
    db.companies.toArray(),
    db.seeds.toArray(),
    db.programmes.toArray(),
    db.visits.toArray(),
    db.needs.toArray(),
    db.matches.toArray(),
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

  const writes = [
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
