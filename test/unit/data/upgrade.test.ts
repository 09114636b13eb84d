import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { readOutbox } from '../../../renderer/src/db/outbox.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { currentSchemaVersion, schemaV1 } from '../../../renderer/src/db/schema.ts';

const at = '2026-04-01T00:00:00.000Z';

it('a version-1 database upgrades with its data, and the follow-up index is filled in', async () => {
  const indexedDB = new IDBFactory();
  const v1 = new Dexie('upgrade', { indexedDB, IDBKeyRange });
  v1.version(1).stores(schemaV1);
  await v1.open();
  const companyId = '01JAAAAAAAAAAAAAAAAAAAAAAA';
  const meta = { createdAt: at, updatedAt: at, createdBy: 'DEV1', deleted: false, _hlc: {} };
  await v1.table('companies').add({
    id: companyId,
    name: 'サンプル農園',
    nameKana: 'さんぷるのうえん',
    kind: 'farmer',
    region: 'mogami',
    ...meta,
  });
  await v1.table('visits').add({
    id: '01JBBBBBBBBBBBBBBBBBBBBBBB',
    companyId,
    date: '2026-04-02',
    purpose: 'needsDiscovery',
    followUps: [
      { text: '試料を送る', due: '2026-04-09', done: false },
      { text: '済んだこと', due: '2026-04-03', done: true },
    ],
    ...meta,
  });
  v1.close();

  const db = await openKakehashiDb({ name: 'upgrade', indexedDB, IDBKeyRange });
  expect(db.verno).toBe(currentSchemaVersion);
  const repos = createRepositories(db);
  expect((await repos.companies.listByRegion('mogami')).map((c) => c.name)).toEqual(['サンプル農園']);
  const due = await repos.visits.listWithFollowUpsDueBy('2026-04-30');
  expect(due.map((v) => v.openFollowUpDues)).toEqual([['2026-04-09']]);
  expect((await repos.visits.listByCompany(companyId)).length).toBe(1);
  // The migration is the same on every device, so it is not sent as a change.
  expect(await readOutbox(db)).toEqual([]);
  db.close();
});
