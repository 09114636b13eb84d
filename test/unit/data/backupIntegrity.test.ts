import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, createGzip } from 'node:zlib';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttachmentStore } from '../../../main/src/services/attachmentStore.ts';
import { backupMagic, encodeBackup, maxBackupPayloadBytes } from '../../../main/src/services/backupFile.ts';
import { createBackupService, type BackupFs } from '../../../main/src/services/backupService.ts';
import { createDataHandlers } from '../../../main/src/services/dataHandlers.ts';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { readSnapshot } from '../../../renderer/src/db/snapshot.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kakehashi-integrity-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
const encode = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));
const context = { senderUrl: 'app://kakehashi/' };
const flipLastByte = (bytes: Uint8Array) =>
  bytes.map((byte, index) => (index === bytes.length - 1 ? byte ^ 0xff : byte));

function services(options: { now?: () => Date; fs?: BackupFs } = {}) {
  const attachments = createAttachmentStore(join(dir, 'attachments'));
  const backups = createBackupService({
    autoDirectory: join(dir, 'backups'),
    attachments,
    appVersion: '0.1.0',
    now: options.now ?? (() => new Date(2026, 4, 1, 12, 0, 0)),
    ...(options.fs === undefined ? {} : { fs: options.fs }),
  });
  return { attachments, backups };
}

/** A database with two attachments, 写真.png and 議事録.pdf. */
async function withAttachments(attachments: ReturnType<typeof services>['attachments']) {
  const db = await openKakehashiDb({ name: `db${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  const repos = createRepositories(db);
  const photo = await attachments.put(png, 'image/png');
  const minutes = await attachments.put(pdf, 'application/pdf');
  await repos.attachments.create({ sha256: photo.sha256, name: '写真.png', type: 'image/png', size: photo.size });
  await repos.attachments.create({
    sha256: minutes.sha256,
    name: '議事録.pdf',
    type: 'application/pdf',
    size: minutes.size,
  });
  const snapshot = encode(await readSnapshot(db));
  db.close();
  return { snapshot, photo, minutes };
}

/** A file system whose writes land with their last byte changed, as a failing disk might. */
const lyingFs: BackupFs = {
  ...nodeFs,
  async open(...args: Parameters<typeof nodeFs.open>) {
    const handle = await nodeFs.open(...args);
    const writeFile = handle.writeFile.bind(handle);
    handle.writeFile = (data: unknown) => writeFile(flipLastByte(data as Uint8Array));
    return handle;
  },
};

describe('a damaged attachment', () => {
  it('is refused when read, named and left out of the next backup, and that backup restores', async () => {
    const { attachments, backups } = services();
    const { snapshot, photo, minutes } = await withAttachments(attachments);
    const handlers = createDataHandlers({
      attachments,
      backups,
      chooseSavePath: () => Promise.resolve(join(dir, 'out.kkbackup')),
      chooseOpenPath: () => Promise.resolve(join(dir, 'out.kkbackup')),
    });
    const onDisk = join(dir, 'attachments', photo.sha256.slice(0, 2), photo.sha256);
    await writeFile(onDisk, flipLastByte(png));

    await expect(handlers['attachment:get']({ sha256: photo.sha256 }, context)).rejects.toMatchObject({
      code: 'invalid-file',
      message: expect.stringContaining('damaged') as string,
    });
    // Set aside, so sync or a restore can bring a good copy back.
    expect(await attachments.has(photo.sha256)).toBe(false);

    const exported = await handlers['backup:export']({ snapshot, suggestedName: 'out.kkbackup' }, context);
    expect(exported).toMatchObject({ attachments: 1, damaged: [{ name: '写真.png', sha256: photo.sha256 }] });

    const restored = await handlers['backup:restore'](undefined, context);
    expect(restored.report.attachments).toBe(2);
    expect(restored.attachments).toBe(1);
    expect(await attachments.get(minutes.sha256)).toEqual(pdf);
    // The backup written a day later still names it: its bytes are gone, not silently forgotten.
    expect((await backups.autoBackup(snapshot)).damaged).toEqual([{ name: '写真.png', sha256: photo.sha256 }]);
  });

  it('inside an older backup costs that attachment only: the rest restores and it is named', async () => {
    const { attachments, backups } = services();
    const { snapshot, photo, minutes } = await withAttachments(attachments);
    const parsed = JSON.parse(Buffer.from(snapshot).toString('utf8')) as Parameters<typeof encodeBackup>[0]['snapshot'];
    const path = join(dir, 'older.kkbackup');
    await writeFile(
      path,
      await encodeBackup({
        createdAt: '2026-04-01T00:00:00.000Z',
        appVersion: '0.0.9',
        snapshot: parsed,
        attachments: [
          { sha256: photo.sha256, bytes: flipLastByte(png) },
          { sha256: minutes.sha256, bytes: pdf },
        ],
      }),
    );
    await rm(join(dir, 'attachments'), { recursive: true });
    const restored = await backups.restoreFrom(path);
    expect(restored.damaged).toEqual([{ name: '写真.png', sha256: photo.sha256 }]);
    expect(await attachments.has(photo.sha256)).toBe(false);
    expect(await attachments.get(minutes.sha256)).toEqual(pdf);
  });
});

describe('a backup is verified after it is written', () => {
  it('a write that lands damaged is reported and leaves the file that was there', async () => {
    const good = services();
    const { snapshot } = await withAttachments(good.attachments);
    const path = join(dir, 'chosen.kkbackup');
    await good.backups.exportTo(path, snapshot);
    const before = await readFile(path);

    const { backups } = services({ fs: lyingFs });
    await expect(backups.exportTo(path, snapshot)).rejects.toMatchObject({
      code: 'io-failed',
      message: expect.stringContaining('did not read back intact') as string,
    });
    expect(await readFile(path)).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('rotation keeps the newest backup that verifies when the newer ones do not', async () => {
    let day = 1;
    const now = () => new Date(2026, 4, day, 9, 30, 0);
    const good = services({ now });
    const { snapshot } = await withAttachments(good.attachments);
    for (day = 1; day <= 7; day += 1) await good.backups.autoBackup(snapshot);
    const folder = join(dir, 'backups');
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(7);
    // Days 2–7 were damaged on disk; day 1 is the only one that restores.
    for (const name of names.slice(1))
      await writeFile(join(folder, name), flipLastByte(await readFile(join(folder, name))));

    const { backups } = services({ now, fs: lyingFs });
    day = 8;
    await expect(backups.autoBackup(snapshot)).rejects.toMatchObject({ code: 'io-failed' });
    expect((await readdir(folder)).sort()).toEqual(names);
    await expect(good.backups.restoreFrom(join(folder, names[0] ?? ''))).resolves.toMatchObject({ attachments: 2 });
  });

  it('rotation never removes the backup just written, even when a wrong clock sorts it first', async () => {
    let year = 2026;
    let day = 1;
    const { backups } = services({ now: () => new Date(year, 4, day, 9, 30, 0) });
    const snapshot = encode(
      await readSnapshot(await openKakehashiDb({ name: 'clock', indexedDB: new IDBFactory(), IDBKeyRange })),
    );
    for (day = 1; day <= 7; day += 1) await backups.autoBackup(snapshot);
    year = 2020;
    const written = await backups.autoBackup(snapshot);
    expect(written.written).toBe(true);
    const names = (await readdir(join(dir, 'backups'))).sort();
    expect(names).toHaveLength(7);
    expect(names[0]).toBe('kakehashi-20200508-093000.kkbackup');
  });
});

/** gzip of `mebibytes` MiB of zeros: a few hundred kilobytes that expand a thousandfold. */
async function gzipBomb(mebibytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 1, strategy: constants.Z_RLE });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let index = 0; index < mebibytes; index += 1)
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  gzip.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('a gzip bomb', () => {
  it('is refused as a backup, with the limit named, before it is expanded', async () => {
    const payload = await gzipBomb(256);
    expect(payload.length).toBeLessThan(1024 * 1024);
    const version = Buffer.alloc(4);
    version.writeUInt32BE(1);
    const path = join(dir, 'bomb.kkbackup');
    await writeFile(
      path,
      Buffer.concat([backupMagic, version, createHash('sha256').update(payload).digest(), payload]),
    );
    const { backups } = services();
    const before = process.memoryUsage().arrayBuffers;
    await expect(backups.restoreFrom(path)).rejects.toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/expands to more than 67108864 bytes/) as string,
    });
    console.info(
      `gzip bomb (${payload.length} bytes → 256 MiB): refused; array buffers grew by ${Math.round((process.memoryUsage().arrayBuffers - before) / 1048576)} MiB (limit ${maxBackupPayloadBytes / 1048576} MiB at most)`,
    );
  });
});
