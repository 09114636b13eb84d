import { useLiveQuery } from 'dexie-react-hooks';
import type { Company } from '#shared/domain/company';
import type { Match } from '#shared/domain/match';
import type { Need } from '#shared/domain/need';
import type { Project } from '#shared/domain/project';
import type { Seed } from '#shared/domain/seed';
import type { Visit } from '#shared/domain/visit';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import { toDomain } from '../../db/repository.ts';

/** Everything the company page shows. */
export type CompanyDetail = Readonly<{
  company: Company;
  visits: readonly Visit[];
  needs: readonly Need[];
  matches: readonly Match[];
  seeds: ReadonlyMap<string, Seed>;
  projects: readonly Project[];
}>;

/** The company and its visits, needs, matches and projects; `null` when there is no such company. */
export function useCompanyDetail(id: string): CompanyDetail | null | undefined {
  const db = useDatabase();
  const repositories = useRepositories();
  return useLiveQuery(async () => {
    const company = await repositories.companies.get(id);
    if (company === undefined) return null;
    const [visits, storedNeeds, storedProjects] = await Promise.all([
      repositories.visits.listByCompany(id),
      db.needs.where('companyId').equals(id).toArray(),
      db.projects.where('companyIds').equals(id).toArray(),
    ]);
    const needs = storedNeeds.filter((need) => !need.deleted).map(toDomain);
    const storedMatches = await db.matches
      .where('needId')
      .anyOf(needs.map((need) => need.id))
      .toArray();
    const matches = storedMatches.filter((match) => !match.deleted).map(toDomain);
    const storedSeeds = await db.seeds.bulkGet([...new Set(matches.map((match) => match.seedId))]);
    const seeds = new Map(
      storedSeeds.filter((seed) => seed !== undefined).map((seed) => [seed.id, toDomain(seed)] as const),
    );
    const projects = storedProjects.filter((project) => !project.deleted).map(toDomain);
    return { company, visits, needs, matches, seeds, projects };
  }, [db, repositories, id]);
}
