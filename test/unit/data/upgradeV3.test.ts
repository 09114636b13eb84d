import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { readOutbox } from '../../../renderer/src/db/outbox.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { currentSchemaVersion, schemaV2 } from '../../../renderer/src/db/schema.ts';
import { sampleProgramme } from '#shared/sample/sampleData';

const at = '2012-05-01T00:00:00.000Z';
const meta = { createdAt: at, updatedAt: at, createdBy: 'DEV1', deleted: false, _hlc: {} };
const companyId = '01JAAAAAAAAAAAAAAAAAAAAAAA';

it('a version-2 database upgrades: projects get a stage history and companies with roles, old funding is kept in the notes', async () => {
  const indexedDB = new IDBFactory();
  const v2 = new Dexie('upgrade3', { indexedDB, IDBKeyRange });
  v2.version(2).stores(schemaV2);
  await v2.open();
  await v2
    .table('companies')
    .add({ id: companyId, name: 'サンプル食品', nameKana: '', kind: 'foodMaker', size: 'large', ...meta });
  await v2.table('projects').add({
    id: '01JCCCCCCCCCCCCCCCCCCCCCCC',
    title: 'だだちゃ豆の機能性成分',
    companyIds: [companyId],
    seedIds: [],
    stage: 'applied',
    funding: [{ name: 'A-STEP', programmeId: '', amountYen: 1_700_000 }],
    subsidy: null,
    notes: '',
    ...meta,
  });
  const {
    rounding: _r,
    costCategories: _c,
    eligibility: _e,
    periodStart: _p,
    ...oldProgramme
  } = {
    ...sampleProgramme,
    rounding: undefined,
    costCategories: undefined,
    eligibility: undefined,
    periodStart: undefined,
  };
  await v2.table('programmes').add({ id: '01JDDDDDDDDDDDDDDDDDDDDDDD', ...oldProgramme, ...meta });
  v2.close();

  const db = await openKakehashiDb({ name: 'upgrade3', indexedDB, IDBKeyRange });
  expect(db.verno).toBe(currentSchemaVersion);
  const repos = createRepositories(db);
  const [project] = await repos.projects.listByCompany(companyId);
  expect(project).toMatchObject({
    stage: 'jointResearch',
    stageHistory: [{ stage: 'jointResearch', date: '2012-05-01', reason: '' }],
    startedOn: '2012-05-01',
    companies: [{ companyId, role: '' }],
  });
  expect(project?.notes).toContain('A-STEP 1700000円');
  const [programme] = await repos.programmes.list();
  expect(programme).toMatchObject({
    rounding: { mode: 'down', unitYen: 1000 },
    costCategories: ['原材料費・消耗品費', '旅費', '共同研究費', '備品費'],
  });
  // The stored size stays while capital and employees are unknown.
  expect((await repos.companies.get(companyId))?.size).toBe('large');
  // Upgraded records still pass validation when edited.
  await repos.projects.update(project?.id ?? '', { nextAction: '試作品の評価' });
  expect(await db.fundingApplications.count()).toBe(0);
  expect((await readOutbox(db)).flatMap((row) => row.changes.map((change) => change.table))).toEqual(['projects']);
  db.close();
});
