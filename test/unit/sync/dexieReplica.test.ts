import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '#shared/sync/blobStore';
import { createMemoryAttachments } from '#shared/sync/attachments';
import { createSyncEngine } from '#shared/sync/engine';
import { sha256Hex } from '#shared/sync/bytes';
import { createMemoryStore } from '#shared/sync/memoryStore';
import { createTeam, type OpenTeam } from '#shared/sync/team';
import { openKakehashiDb, type KakehashiDb } from '../../../renderer/src/db/database.ts';
import { countOutbox } from '../../../renderer/src/db/outbox.ts';
import { clockOfField } from '../../../renderer/src/db/schema.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { createDexieReplica, listConflicts } from '../../../renderer/src/features/sync/dexieReplica.ts';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';
import { removeTempFolders, tempFolder } from './support/devices.ts';

afterAll(removeTempFolders);

const indexedDB = new IDBFactory();
let dbCount = 0;

async function device(
  target: BlobStore,
  team: OpenTeam,
  journalPath?: string,
  name?: string,
  snapshotAfterBatches = 0,
) {
  const db = await openKakehashiDb({
    name: name ?? `sync-${++dbCount}`,
    indexedDB,
    IDBKeyRange,
  });
  const journal = createFolderStore({
    root: journalPath ?? (await tempFolder('journal')),
    createRoot: true,
  });
  const attachments = createMemoryAttachments();
  const engine = createSyncEngine({
    target,
    journal,
    replica: createDexieReplica(db),
    attachments,
    team,
    device: db.deviceId,
    deviceName: 'PC',
    appVersion: '0.1.0',
    now: () => Date.now(),
    snapshotAfterBatches,
  });
  return { db, repos: createRepositories(db), engine, journal, attachments };
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

    // The incomplete record is part of C's state: exported, and kept incomplete by a fresh database.
    const state = await createDexieReplica(c.db).exportState();
    expect(state?.records.map(({ table, id, fields }) => ({ table, id, notes: fields['notes'] }))).toEqual([
      { table: 'companies', id: made.id, notes: 'Bの追記' },
    ]);
    const d = await device(target, team);
    expect(await createDexieReplica(d.db).loadState(state!)).toBe(true);
    expect(await createDexieReplica(d.db).loadState(state!)).toBe(false);
    expect(await d.db.companies.count()).toBe(0);

    target.objects.set(hidden, bytes);
    await d.engine.sync();
    expect(await companies(d.db)).toEqual([{ name: '最上の農業法人', notes: 'Bの追記', deleted: false }]);
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

  it('writes a snapshot with field clocks and attachment records, which a fresh database loads and syncs on from', async () => {
    const { target, team } = await newTeam();
    const a = await device(target, team, undefined, undefined, 1);
    const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 8, 7]);
    const sha256 = await sha256Hex(photo);
    await a.attachments.write(sha256, photo);
    const company = await a.repos.companies.create({ name: '鶴岡バイオ', kind: 'foodMaker', notes: '初回' });
    await a.repos.attachments.create({ sha256, name: '名刺.png', type: 'image/png', size: photo.length });
    const gone = await a.repos.companies.create({ name: '削除される会社', kind: 'farmer' });
    await a.repos.companies.remove(gone.id);
    const first = await a.engine.sync();
    expect(first.snapshot).toMatch(/^snapshots\//);

    const c = await device(target, team);
    const report = await c.engine.sync();
    expect(report.pulled).toBe(0);
    expect(report.problems).toEqual([]);
    expect(await companies(c.db)).toEqual(await companies(a.db));
    expect(c.attachments.files.get(sha256)).toEqual(photo);
    // Each field carries the clock it has on A (A keeps one default clock for a new record's fields).
    const mine = (await a.db.companies.get(company.id))!;
    const theirs = (await c.db.companies.get(company.id))!;
    for (const field of Object.keys(mine).filter((key) => key !== 'id' && key !== '_hlc'))
      expect(clockOfField(theirs._hlc, field)).toBe(clockOfField(mine._hlc, field));

    // Synced on from there in both directions.
    await c.repos.companies.update(company.id, { notes: 'C: 見学済み' });
    await a.repos.companies.update(company.id, { name: '鶴岡バイオ株式会社' });
    await c.engine.sync();
    await a.engine.sync();
    await c.engine.sync();
    expect(await companies(c.db)).toEqual(await companies(a.db));
    expect((await c.repos.companies.get(company.id))?.notes).toBe('C: 見学済み');
    expect(await countOutbox(c.db)).toBe(0);
  });
});
