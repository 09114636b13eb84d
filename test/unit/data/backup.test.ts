import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure } from '#shared/contract/envelope';
import { createAttachmentStore } from '../../../main/src/services/attachmentStore.ts';
import { createBackupService } from '../../../main/src/services/backupService.ts';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { readOutbox } from '../../../renderer/src/db/outbox.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { readSnapshot, replaceWithSnapshot } from '../../../renderer/src/db/snapshot.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kakehashi-backup-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const encode = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));
const decode = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;

async function fixture(indexedDB: IDBFactory, name = 'backup') {
  const db = await openKakehashiDb({ name, indexedDB, IDBKeyRange });
  const repos = createRepositories(db);
  const company = await repos.companies.create({
    name: 'サンプル醸造',
    nameKana: 'さんぷるじょうぞう',
    kind: 'foodMaker',
    municipality: '06204',
  });
  await repos.visits.create({
    companyId: company.id,
    date: '2026-05-01',
    purpose: 'needsDiscovery',
    followUps: [{ text: '試料', due: '2026-05-10' }],
  });
  await repos.seeds.create({ title: 'サンプルシーズ', field: 'food', stage: 'applied', institution: '内部' });
  await repos.companies.remove(company.id);
  return { db, repos };
}

function services(now = () => new Date(2026, 4, 1, 12, 0, 0)) {
  const attachments = createAttachmentStore(join(dir, 'attachments'));
  return {
    attachments,
    backups: createBackupService({ autoDirectory: join(dir, 'backups'), attachments, appVersion: '0.1.0', now }),
  };
}

describe('backup and restore', () => {
  it('round trip: export, wipe, restore gives identical tables and attachment bytes', async () => {
    const indexedDB = new IDBFactory();
    const { db, repos } = await fixture(indexedDB);
    const { attachments, backups } = services();
    const { sha256, size } = await attachments.put(png, 'image/png');
    await repos.attachments.create({ sha256, name: '写真.png', type: 'image/png', size });
    const before = await readSnapshot(db);
    const oldDevice = db.deviceId;
    const path = join(dir, 'out', 'backup.kkbackup');
    const written = await backups.exportTo(path, encode(before));
    expect(written.attachments).toBe(1);

    db.close();
    await db.delete();
    await rm(join(dir, 'attachments'), { recursive: true });
    const fresh = await openKakehashiDb({ name: 'backup', indexedDB, IDBKeyRange });
    expect(fresh.deviceId).not.toBe(oldDevice);

    const restored = await backups.restoreFrom(path);
    const report = await replaceWithSnapshot(fresh, decode(restored.snapshotJson));
    expect(report.companies).toBe(1);
    expect(report.visits).toBe(1);
    expect(report._outbox).toBe(before.tables._outbox.length);
    expect(await readSnapshot(fresh)).toEqual(before);
    expect(fresh.deviceId).toBe(oldDevice);
    expect(await attachments.get(sha256)).toEqual(png);
    // The restored device continues where it left off: new edits are captured after the old ones.
    await createRepositories(fresh).seeds.create({ title: '復元後', field: 'medical', stage: 'basic' });
    const rows = await readOutbox(fresh);
    expect(rows.length).toBe(before.tables._outbox.length + 1);
    fresh.close();
  });

  it('a truncated file, another format or a wrong checksum changes nothing', async () => {
    const indexedDB = new IDBFactory();
    const { db } = await fixture(indexedDB);
    const { backups } = services();
    const snapshot = await readSnapshot(db);
    const good = join(dir, 'good.kkbackup');
    await backups.exportTo(good, encode(snapshot));
    const bytes = await readFile(good);
    const cases = {
      truncated: bytes.subarray(0, bytes.length - 10),
      other: Buffer.from('PK\u0003\u0004 this is a zip, not a backup'),
      flipped: Buffer.from(bytes.map((b, i) => (i === bytes.length - 5 ? b ^ 0xff : b))),
    };
    for (const [name, content] of Object.entries(cases)) {
      const path = join(dir, `${name}.kkbackup`);
      await writeFile(path, content);
      await expect(backups.restoreFrom(path)).rejects.toMatchObject({ code: 'invalid-file' });
    }
    expect(await readSnapshot(db)).toEqual(snapshot);
    db.close();
  });

  it('a snapshot with one invalid record is refused whole and the database is untouched', async () => {
    const indexedDB = new IDBFactory();
    const { db } = await fixture(indexedDB);
    const snapshot = await readSnapshot(db);
    const broken = {
      ...snapshot,
      tables: {
        ...snapshot.tables,
        companies: [
          ...snapshot.tables.companies,
          { ...(snapshot.tables.companies[0] as object), id: '01JZZZZZZZZZZZZZZZZZZZZZZZ', postalCode: '12' },
        ],
      },
    };
    await expect(replaceWithSnapshot(db, broken)).rejects.toThrow(/Postal code/);
    expect(await readSnapshot(db)).toEqual(snapshot);
    db.close();
  });
});

describe('automatic backup', () => {
  it('writes at most one backup a day and keeps the newest seven', async () => {
    let day = 1;
    const { backups } = services(() => new Date(2026, 4, day, 9, 30, 0));
    const snapshot = encode(
      await readSnapshot(await openKakehashiDb({ name: 'auto', indexedDB: new IDBFactory(), IDBKeyRange })),
    );
    expect((await backups.autoBackup(snapshot)).written).toBe(true);
    expect(await backups.autoStatus()).toMatchObject({ due: false });
    expect((await backups.autoBackup(snapshot)).written).toBe(false);
    for (day = 2; day <= 10; day += 1) expect((await backups.autoBackup(snapshot)).written).toBe(true);
    const files = (await readdir(join(dir, 'backups'))).sort();
    expect(files).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((d) => `kakehashi-202605${String(d).padStart(2, '0')}-093000.kkbackup`),
    );
  });
});

describe('attachment store', () => {
  it('refuses a file over 25 MB or of a type not allowed before storing anything', async () => {
    const { attachments } = services();
    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    await expect(attachments.put(big, 'application/pdf')).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('25 MB') as string,
    });
    await expect(attachments.put(new Uint8Array([0x4d, 0x5a]), 'application/x-msdownload')).rejects.toBeInstanceOf(
      HostFailure,
    );
    await expect(attachments.put(new Uint8Array([0x4d, 0x5a]), 'image/png')).rejects.toMatchObject({
      code: 'unsupported-type',
    });
    await expect(readdir(join(dir, 'attachments'))).rejects.toThrow();
  });

  it('stores bytes under their SHA-256 and reads them back', async () => {
    const { attachments } = services();
    const { sha256 } = await attachments.put(png, 'image/png');
    expect(await readdir(join(dir, 'attachments', sha256.slice(0, 2)))).toEqual([sha256]);
    expect(await attachments.get(sha256)).toEqual(png);
    await expect(attachments.get('0'.repeat(64))).rejects.toMatchObject({ code: 'not-found' });
  });
});
