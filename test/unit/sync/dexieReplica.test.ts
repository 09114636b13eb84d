import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '#shared/sync/blobStore';
import { createMemoryAttachments } from '#shared/sync/attachments';
import { createSyncEngine } from '#shared/sync/engine';
import { createMemoryStore } from '#shared/sync/memoryStore';
import { createTeam, type OpenTeam } from '#shared/sync/team';
import { openKakehashiDb, type KakehashiDb } from '../../../renderer/src/db/database.ts';
import { countOutbox } from '../../../renderer/src/db/outbox.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { createDexieReplica, listConflicts } from '../../../renderer/src/features/sync/dexieReplica.ts';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';
import { removeTempFolders, tempFolder } from './support/devices.ts';

afterAll(removeTempFolders);

const indexedDB = new IDBFactory();
let dbCount = 0;

async function device(target: BlobStore, team: OpenTeam, journalPath?: string, name?: string) {
  const db = await openKakehashiDb({
    name: name ?? `sync-${++dbCount}`,
    indexedDB,
    IDBKeyRange,
  });
  const journal = createFolderStore({
    root: journalPath ?? (await tempFolder('journal')),
    createRoot: true,
  });
  const engine = createSyncEngine({
    target,
    journal,
    replica: createDexieReplica(db),
    attachments: createMemoryAttachments(),
    team,
    device: db.deviceId,
    deviceName: 'PC',
    appVersion: '0.1.0',
    now: () => Date.now(),
  });
  return { db, repos: createRepositories(db), engine, journal };
}

async function newTeam() {
  const target = createMemoryStore();
  const team = await createTeam(target, {
    teamId: 'team1',
    teamName: 'office',
    passphrase: null,
    appVersion: '0.1.0',
    now: () => new Date(),
  });
  return { target, team };
}

const companies = async (db: KakehashiDb) =>
  (await db.companies.toArray())
    .map(({ name, notes, deleted }) => ({ name, notes, deleted }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));

describe('sync into Dexie', () => {
  it('carries companies, deletes as tombstones, and shows a conflict on both devices', async () => {
    const { target, team } = await newTeam();
    const a = await device(target, team);
    const b = await device(target, team);
    const shonai = await a.repos.companies.create({
      name: '庄内みらい食品',
      kind: 'foodMaker',
      municipality: '06203',
      notes: '初回',
    });
    const gone = await a.repos.companies.create({
      name: '削除される会社',
      kind: 'farmer',
    });
    await a.repos.companies.remove(gone.id);
    await a.engine.sync();
    expect(await countOutbox(a.db)).toBe(0);
    await b.engine.sync();
    expect(await companies(b.db)).toEqual(await companies(a.db));
    expect((await b.repos.companies.get(shonai.id))?.region).toBe('shonai');
    expect(await countOutbox(b.db)).toBe(0);

    await a.repos.companies.update(shonai.id, { notes: 'A: 試作品を評価中' });
    await b.repos.companies.update(shonai.id, { notes: 'B: 次回は工場見学' });
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.sync();
    expect(await companies(a.db)).toEqual(await companies(b.db));
    const winner = (await a.repos.companies.get(shonai.id))?.notes;
    const loser = winner === 'A: 試作品を評価中' ? 'B: 次回は工場見学' : 'A: 試作品を評価中';
    expect((await listConflicts(a.db)).map((row) => row.value)).toContain(loser);
    expect((await listConflicts(b.db)).map((row) => row.value)).toContain(loser);
    // Applying remote changes captured nothing: the outbox stays empty.
    expect(await countOutbox(a.db)).toBe(0);
  });

  it('keeps an edit that arrives before the record it edits, and completes it later', async () => {
    const { target, team } = await newTeam();
    const a = await device(target, team);
    const b = await device(target, team);
    const c = await device(target, team);
    const made = await a.repos.companies.create({
      name: '最上の農業法人',
      kind: 'agriCorporation',
    });
    await a.engine.sync();
    await b.engine.sync();
    await b.repos.companies.update(made.id, { notes: 'Bの追記' });
    await b.engine.sync();
    // C sees B's log but not yet A's (A's first batch is hidden), then all of it.
    const hidden = [...target.objects.keys()].find((key) => key.startsWith(`devices/${a.db.deviceId}/log/`))!;
    const bytes = target.objects.get(hidden)!;
    target.objects.delete(hidden);
    await c.engine.sync();
    expect(await c.db.companies.count()).toBe(0);
    target.objects.set(hidden, bytes);
    await c.engine.sync();
    expect(await companies(c.db)).toEqual([{ name: '最上の農業法人', notes: 'Bの追記', deleted: false }]);
  });

  it('rebuilds a wiped database from the journal and relays its unsent batches', async () => {
    const { target, team } = await newTeam();
    const journalPath = await tempFolder('journal-kept');
    const a = await device(target, team, journalPath, 'wiped');
    await a.repos.companies.create({ name: '村山精密', kind: 'medical' });
    await a.engine.sync();
    await a.repos.companies.create({
      name: '置賜ワイナリー',
      kind: 'foodMaker',
    });
    // Sealed into the journal while the target was unreachable, then the database was wiped.
    await a.engine.sealLocal();
    a.db.close();
    await a.db.delete();
    const again = await device(target, team, journalPath, 'wiped');
    expect(again.db.deviceId).not.toBe(a.db.deviceId);
    await again.engine.sync();
    expect((await companies(again.db)).map((row) => row.name)).toEqual(['村山精密', '置賜ワイナリー']);
    const other = await device(target, team);
    await other.engine.sync();
    expect((await companies(other.db)).map((row) => row.name)).toEqual(['村山精密', '置賜ワイナリー']);
  });

  it('applies large batches (one key-range read) onto existing records', async () => {
    const { target, team } = await newTeam();
    const a = await device(target, team);
    const b = await device(target, team);
    const made = await a.repos.companies.bulkCreate(
      Array.from({ length: 1200 }, (_, index) => ({ name: `置賜の会社 ${index}`, kind: 'farmer' as const })),
    );
    await a.engine.sync();
    await b.engine.sync();
    expect(await b.db.companies.count()).toBe(1200);
    for (const company of made.slice(0, 1100)) await a.repos.companies.update(company.id, { notes: '年度末に再訪' });
    await a.engine.sync();
    await b.engine.sync();
    expect(await companies(b.db)).toEqual(await companies(a.db));
    expect((await companies(b.db)).filter((row) => row.notes === '年度末に再訪')).toHaveLength(1100);
  });
});
