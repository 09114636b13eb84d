import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { completeFirstRun } from '../../../renderer/src/db/sampleLoader.ts';
import { planRemoveSamples } from '../../../renderer/src/db/sampleRecords.ts';
import { keioInstitutionId } from '#shared/master/institutions';
import { sumCosts } from '#shared/subsidy/grant';
import { assessApplication, checkAwardSlot } from '#shared/subsidy/eligibility';

it('the sample FY2012 applications follow the rules: awards get the computed grant, the refusal is below the floor', async () => {
  const db = await openKakehashiDb({ name: 'samples-projects', indexedDB: new IDBFactory(), IDBKeyRange });
  const repos = createRepositories(db);
  await completeFirstRun(db, repos, 'samples');
  const [programme] = await repos.programmes.list();
  if (programme === undefined) throw new Error('no sample programme');
  const terms = {
    fiscalYear: programme.fiscalYear,
    awards: programme.awards,
    floorYen: programme.grantMinYen,
    capYen: programme.grantMaxYen,
    rateSme: programme.rateSme,
    rateLarge: programme.rateLarge,
    rounding: programme.rounding,
    callStart: programme.callStart,
    callEnd: programme.callEnd,
  };
  const applications = await repos.subsidyApplications.listByProgramme(programme.id);
  expect(applications.length).toBeGreaterThanOrEqual(5);
  const outcomes = [];
  for (const application of applications) {
    const company = await repos.companies.get(application.companyId);
    const project = await repos.projects.get(application.projectId);
    const assessment = assessApplication(
      terms,
      {
        submittedOn: application.appliedOn,
        eligibleCostsYen: sumCosts(Object.fromEntries(application.costs.map((c) => [c.category, c.amountYen]))),
        size: company?.size ?? null,
        headOfficeInPrefecture: application.headOfficeInPrefecture,
        institutions: project?.institutions ?? [],
      },
      keioInstitutionId,
    );
    const grant = assessment.grant?.ok === true ? assessment.grant.grantYen : null;
    outcomes.push({ status: application.status, grant, refusals: assessment.refusals.map((r) => r.rule) });
    if (application.decidedYen > 0) expect(application.decidedYen).toBe(grant);
  }
  expect(outcomes.map((o) => [o.status, o.grant, o.refusals])).toEqual([
    ['confirmed', 1_500_000, []],
    ['decided', 800_000, []],
    ['adopted', 600_000, []],
    ['adopted', 500_000, []],
    ['rejected', null, ['grant']],
  ]);
  const awarded = applications
    .filter((a) => a.status !== 'rejected')
    .map((a) => ({ id: a.id, applicantName: a.companyId }));
  expect(checkAwardSlot(terms, awarded, 'another').ok).toBe(true);

  expect((await repos.projects.list()).map((p) => p.stage).sort()).toEqual([
    'commercialisation',
    'germination',
    'germination',
    'jointResearch',
    'jointResearch',
  ]);
  expect((await repos.fundingApplications.list()).map((f) => f.result).sort()).toEqual(['adopted', 'submitted']);

  // Removing the samples takes their projects and applications along.
  const removal = await planRemoveSamples(db);
  const tables = new Set(removal.writes.map((write) => write.table));
  expect([...tables]).toEqual(expect.arrayContaining(['projects', 'fundingApplications', 'subsidyApplications']));
  db.close();
});
