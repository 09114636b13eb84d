import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { seedPublicView } from '#shared/domain/seedPublicView';
import { companyKinds } from '#shared/master/vocabularies';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { completeFirstRun, readFirstRunChoice } from '../../../renderer/src/db/sampleLoader.ts';

it('loads the 16 seed sheets of the plan, the FY2012 programme and one fictitious company per kind', async () => {
  const db = await openKakehashiDb({ name: 'samples', indexedDB: new IDBFactory(), IDBKeyRange });
  const repos = createRepositories(db);
  expect(await readFirstRunChoice(db)).toBeNull();
  await completeFirstRun(db, repos, 'samples');
  expect(await readFirstRunChoice(db)).toBe('samples');

  const seeds = await repos.seeds.list();
  expect(seeds).toHaveLength(16);
  expect(seeds[0]?.title).toBe('県産農産物に含まれる特徴的成分の解明');
  expect(seeds.at(-1)?.title).toBe('人工クモ糸の開発');
  for (const seed of seeds) {
    const view = seedPublicView(seed);
    expect(view).not.toHaveProperty('institution');
    expect(view).not.toHaveProperty('keywords');
    expect(view.summary).toBe(seed.summary);
  }
  const [programme] = await repos.programmes.list();
  expect(programme).toMatchObject({
    awards: 5,
    grantMinYen: 300_000,
    grantMaxYen: 1_500_000,
    callStart: '2012-05-25',
    callEnd: '2012-06-25',
    committeeDate: '2012-07-09',
    periodEnd: '2013-03-31',
  });

  const companies = await repos.companies.list();
  expect(companies.map((c) => c.kind).sort()).toEqual([...companyKinds].sort());
  expect(new Set(companies.map((c) => c.region))).toEqual(new Set(['murayama', 'mogami', 'okitama', 'shonai']));
  expect(companies.every((c) => c.name.includes('サンプル'))).toBe(true);
  const ids = new Set(companies.map((c) => c.id));
  const seedIds = new Set(seeds.map((s) => s.id));
  const visits = await repos.visits.list();
  expect(visits.length).toBeGreaterThan(0);
  expect(visits.every((v) => ids.has(v.companyId) && v.seedIds.every((s) => seedIds.has(s)))).toBe(true);

  // Answered once: a second call (another window) adds nothing.
  await completeFirstRun(db, repos, 'samples');
  expect(await repos.seeds.list()).toHaveLength(16);
  db.close();
});

it('starting empty writes no records and is remembered', async () => {
  const db = await openKakehashiDb({ name: 'empty', indexedDB: new IDBFactory(), IDBKeyRange });
  await completeFirstRun(db, createRepositories(db), 'empty');
  expect(await readFirstRunChoice(db)).toBe('empty');
  expect(await db.seeds.count()).toBe(0);
  db.close();
});
