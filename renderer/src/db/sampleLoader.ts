import { sampleCompanies, sampleProgramme, sampleVisits } from '#shared/sample/sampleData';
import { sampleFundingApplications, sampleProjects, sampleSubsidyApplications } from '#shared/sample/sampleProjects';
import { sampleSeeds } from '#shared/sample/sampleSeeds';
import type { KakehashiDb } from './database.ts';
import type { Repositories } from './repositories.ts';

/** The `_meta` key recording the first-run choice. */
export const firstRunMetaKey = 'firstRun';

/** What the user chose on the first-run screen. */
export type FirstRunChoice = 'samples' | 'empty';

/** The first-run choice, or null when the first-run screen has not been answered yet. */
export async function readFirstRunChoice(db: KakehashiDb): Promise<FirstRunChoice | null> {
  const row = await db._meta.get(firstRunMetaKey);
  return row?.value === 'samples' || row?.value === 'empty' ? row.value : null;
}

/**
 * Answers the first-run screen. With samples: the 16 seed sheets of the plan, the FY2012 support
 * programme, fictitious companies and visits — all in one transaction with the choice, so a failure
 * leaves the screen to be answered again.
 */
export async function completeFirstRun(db: KakehashiDb, repos: Repositories, choice: FirstRunChoice): Promise<void> {
  const tables = [
    db.seeds,
    db.programmes,
    db.companies,
    db.visits,
    db.projects,
    db.fundingApplications,
    db.subsidyApplications,
    db._meta,
  ];
  await db.transaction('rw', tables, async () => {
    if ((await readFirstRunChoice(db)) !== null) return;
    if (choice === 'samples') {
      const seeds = await repos.seeds.bulkCreate(sampleSeeds);
      const programme = await repos.programmes.create(sampleProgramme);
      const companies = await repos.companies.bulkCreate(sampleCompanies);
      await repos.visits.bulkCreate(
        sampleVisits.map(({ company, seeds: seedIndexes, ...visit }) => ({
          ...visit,
          companyId: companies[company]?.id ?? '',
          seedIds: seedIndexes.map((index) => seeds[index]?.id ?? ''),
        })),
      );
      const companyId = (index: number) => companies[index]?.id ?? '';
      const projects = await repos.projects.bulkCreate(
        sampleProjects.map((project) => ({
          ...project,
          companies: project.companies.map((index) => ({ companyId: companyId(index), role: '' })),
        })),
      );
      const projectId = (index: number) => projects[index]?.id ?? '';
      await repos.fundingApplications.bulkCreate(
        sampleFundingApplications.map(({ project, ...application }) => ({
          ...application,
          projectId: projectId(project),
        })),
      );
      await repos.subsidyApplications.bulkCreate(
        sampleSubsidyApplications.map(({ company, project, ...application }) => ({
          ...application,
          programmeId: programme.id,
          companyId: companyId(company),
          projectId: projectId(project),
        })),
      );
    }
    await db._meta.put({ key: firstRunMetaKey, value: choice });
  });
}
