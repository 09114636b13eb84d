import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { ValidationError } from '#shared/domain/validationError';
import { sampleProgramme } from '#shared/sample/sampleData';

async function setup(name: string) {
  const db = await openKakehashiDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });
  const repos = createRepositories(db);
  const company = await repos.companies.create({ name: 'サンプル食品', kind: 'foodMaker', municipality: '06203' });
  const programme = await repos.programmes.create(sampleProgramme);
  return { db, repos, company, programme };
}

async function refusal(write: Promise<unknown>): Promise<Record<string, string>> {
  const error: unknown = await write.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).byField('ja');
}

describe('projects', () => {
  it('keep stage, start date and company ids with the history and companies', async () => {
    const { repos, company } = await setup('p1');
    const project = await repos.projects.create({
      title: 'つや姫の食味成分',
      field: 'agriculture',
      companies: [{ companyId: company.id, role: '試験栽培' }],
      institutions: [{ institutionId: 'keio', role: 'jointResearch' }],
      stageHistory: [
        { stage: 'germination', date: '2012-05-10' },
        { stage: 'jointResearch', date: '2012-08-01' },
      ],
    });
    expect(project).toMatchObject({ stage: 'jointResearch', startedOn: '2012-05-10', companyIds: [company.id] });
    expect((await repos.projects.listByCompany(company.id)).map((p) => p.title)).toEqual(['つや姫の食味成分']);
  });

  it('refuse a stage going backwards without a reason, naming the field, and save nothing', async () => {
    const { repos, db } = await setup('p2');
    const messages = await refusal(
      repos.projects.create({
        title: '発酵食品の評価',
        field: 'food',
        stageHistory: [
          { stage: 'jointResearch', date: '2012-05-10' },
          { stage: 'germination', date: '2012-06-01' },
        ],
      }),
    );
    expect(messages['stageHistory.1.reason']).toBe(
      '段階の履歴 2 理由を入力してください（段階を戻す・中止するときは理由が必要です）。',
    );
    expect(await db.projects.count()).toBe(0);
    const withReason = await repos.projects.create({
      title: '発酵食品の評価',
      field: 'food',
      stageHistory: [
        { stage: 'germination', date: '2012-05-10' },
        { stage: 'discontinued', date: '2012-09-01', reason: '試料の確保が難しい' },
      ],
    });
    expect(withReason.stage).toBe('discontinued');
  });

  it('refuse a step dated before the one before it', async () => {
    const { repos } = await setup('p3');
    const messages = await refusal(
      repos.projects.create({
        title: 'x',
        field: 'food',
        stageHistory: [
          { stage: 'germination', date: '2012-05-10' },
          { stage: 'jointResearch', date: '2012-05-01' },
        ],
      }),
    );
    expect(messages['stageHistory.1.date']).toContain('前の段階の日付より前にはできません');
  });
});

describe('subsidy applications', () => {
  it('refuse a cost that is not whole yen or is negative, naming the field', async () => {
    const { repos, company, programme, db } = await setup('s1');
    const base = { programmeId: programme.id, fiscalYear: 2012, companyId: company.id, appliedOn: '2012-06-01' };
    const fraction = await refusal(
      repos.subsidyApplications.create({ ...base, costs: [{ category: '旅費', amountYen: 1000.5 }] }),
    );
    expect(fraction['costs.0.amountYen']).toBe('対象経費 1 金額は0以上の整数で入力してください。');
    const negative = await refusal(
      repos.subsidyApplications.create({ ...base, costs: [{ category: '旅費', amountYen: -1 }] }),
    );
    expect(negative['costs.0.amountYen']).toContain('金額');
    expect(await db.subsidyApplications.count()).toBe(0);
  });

  it('refuse a grant decision before the application, and a decided step without its amount', async () => {
    const { repos, company, programme } = await setup('s2');
    const messages = await refusal(
      repos.subsidyApplications.create({
        programmeId: programme.id,
        fiscalYear: 2012,
        companyId: company.id,
        status: 'decided',
        appliedOn: '2012-06-20',
        reviewedOn: '2012-07-09',
        resultOn: '2012-07-09',
        decidedOn: '2012-06-01',
      }),
    );
    expect(messages['decidedOn']).toBe('交付決定日は前の段階の日付より前にはできません。');
    expect(messages['decidedYen']).toBe('交付決定額を入力してください。');
  });
});

describe('funding applications', () => {
  it('need the agency name for another agency, and a submission date once submitted', async () => {
    const { repos, company } = await setup('f1');
    const project = await repos.projects.create({
      title: 'x',
      field: 'medical',
      companies: [{ companyId: company.id }],
      stageHistory: [{ stage: 'jointResearch', date: '2012-05-10' }],
    });
    const messages = await refusal(
      repos.fundingApplications.create({
        projectId: project.id,
        fiscalYear: 2012,
        agency: 'other',
        programmeName: '研究成果展開事業',
        applicant: 'サンプル食品',
        result: 'submitted',
      }),
    );
    expect(Object.keys(messages).sort()).toEqual(['agencyName', 'submittedOn']);
    const ok = await repos.fundingApplications.create({
      projectId: project.id,
      fiscalYear: 2012,
      agency: 'jst',
      programmeName: '研究成果展開事業',
      applicant: 'サンプル食品',
      requestedYen: 1_700_000,
      submittedOn: '2012-06-01',
      result: 'submitted',
    });
    expect((await repos.fundingApplications.listByProject(project.id)).map((f) => f.id)).toEqual([ok.id]);
  });
});

describe('company size', () => {
  it('follows capital, employees and industry, and a manual override with its reason', async () => {
    const { repos, company } = await setup('c1');
    const large = await repos.companies.update(company.id, { capitalYen: 300_000_001, employees: 301 });
    expect(large.size).toBe('large');
    const sme = await repos.companies.update(company.id, { employees: 300 });
    expect(sme.size).toBe('sme');
    const overridden = await repos.companies.update(company.id, {
      sizeOverride: { size: 'large', reason: '大企業の子会社（みなし大企業）' },
    });
    expect(overridden.size).toBe('large');
    const messages = await refusal(repos.companies.update(company.id, { sizeOverride: { size: 'sme', reason: '' } }));
    expect(messages['sizeOverride.reason']).toBe('企業規模の手動判定 判定を変える理由を入力してください。');
  });
});
