import { execFile } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { blobName } from '#shared/sync/blobCodec';
import { sha256Hex } from '#shared/sync/bytes';
import { batchKey, blobKey } from '#shared/sync/layout';
import { createTeam } from '#shared/sync/team';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';
import { verifyTarget } from '../../../main/src/services/sync/verifyTarget.ts';
import { createTestDevice, removeTempFolders, tempFolder, type TestDevice } from './support/devices.ts';

afterAll(removeTempFolders);

const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);

/** An attachment on a device: the bytes in its store, the record in its outbox. */
async function attach(device: TestDevice) {
  const sha256 = await sha256Hex(photo);
  await device.attachments.write(sha256, photo);
  device.replica.edit('attachments', 'att1', { sha256, name: '写真.png', type: 'image/png', size: photo.length });
  return sha256;
}

async function flipLastByte(path: string) {
  const bytes = await readFile(path);
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  await writeFile(path, bytes);
}

const snapshotFiles = async (root: string) =>
  (await readdir(join(root, 'snapshots'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

const script = join(import.meta.dirname, '../../../scripts/syncVerify.ts');

async function verify(folder: string, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const passphrase = Object.keys(env).length > 0 ? ['--passphrase-env', Object.keys(env)[0] ?? ''] : [];
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, folder, ...passphrase], {
      env: { ...process.env, ...env },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, out: failed.stdout ?? '' };
  }
}

describe('npm run sync:verify', () => {
  it('passes a folder written by two devices and names every fault', async () => {
    const root = await tempFolder('verify');
    const store = createFolderStore({ root });
    const team = await createTeam(store, {
      teamId: 'team1',
      teamName: 'office',
      passphrase: null,
      appVersion: '0.1.0',
      now: () => new Date(),
    });
    const a = await createTestDevice('devA', store, team, { snapshotAfterBatches: 3 });
    const b = await createTestDevice('devB', store, team);
    const sha256 = await attach(b);
    for (const n of [1, 2, 3]) {
      a.replica.edit('companies', `a${n}`, { name: `A社${n}` });
      await a.engine.sync();
      b.replica.edit('visits', `b${n}`, { summary: `訪問${n}` });
      await b.engine.sync();
    }
    const clean = await verify(root);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('device devA: 3 batches, 3 records');
    expect(clean.out).toContain('blobs: 1');
    expect(clean.out).toContain('snapshots: 1');
    expect(clean.out).toContain('ok: no faults');
    const [snapshot = ''] = await snapshotFiles(root);

    const flipped = join(root, batchKey('devA', 2));
    const bytes = await readFile(flipped);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 1;
    await writeFile(flipped, bytes);
    await rm(join(root, batchKey('devB', 2)));
    await writeFile(join(root, 'stray.txt'), 'x');
    await flipLastByte(join(root, blobKey(sha256)));
    await flipLastByte(snapshot);
    const faulty = await verify(root);
    expect(faulty.code).toBe(1);
    expect(faulty.out).toContain(`FAULT: ${batchKey('devA', 2)}: corrupt`);
    expect(faulty.out).toContain(`FAULT: ${batchKey('devB', 2)}: missing`);
    expect(faulty.out).toContain('FAULT: stray.txt: not part of the layout');
    expect(faulty.out).toContain(`FAULT: ${blobKey(sha256)}: content does not match its name`);
    expect(faulty.out).toMatch(/FAULT: snapshots\/devA\/[^ ]+\.snap: corrupt \(checksum mismatch\)/);
  });

  it('opens an encrypted team with the passphrase and checks headers and chains without it', async () => {
    const root = await tempFolder('verify-encrypted');
    const store = createFolderStore({ root });
    const team = await createTeam(store, {
      teamId: 'team2',
      teamName: 'office',
      passphrase: '合言葉',
      appVersion: '0.1.0',
      now: () => new Date(),
    });
    const a = await createTestDevice('devA', store, team, { snapshotAfterBatches: 2 });
    await attach(a);
    for (const n of [1, 2]) {
      a.replica.edit('companies', `a${n}`, { name: `A社${n}` });
      await a.engine.sync();
    }
    expect(await snapshotFiles(root)).toHaveLength(1);
    const opened = await verifyTarget(store, '合言葉');
    expect(opened).toMatchObject({
      encrypted: true,
      faults: [],
      devices: [{ device: 'devA', batches: 2, records: 3 }],
      blobs: 1,
      snapshots: 1,
    });
    const closed = await verifyTarget(store, null);
    expect(closed.faults).toEqual([]);
    expect(closed.notes.join(' ')).toContain('not opened');
    expect((await verifyTarget(store, 'まちがい')).faults).toEqual([expect.stringContaining('wrong-passphrase')]);

    // The command line does not call a target "ok" whose ciphertext it could not check.
    const withoutPassphrase = await verify(root);
    expect(withoutPassphrase.out).not.toContain('ok: no faults');
    expect(withoutPassphrase.out).toContain('could not be checked');
    expect(withoutPassphrase.code).not.toBe(0);
    const withPassphrase = await verify(root, { KAKEHASHI_TEST_PASSPHRASE: '合言葉' });
    expect(withPassphrase.out).toContain('ok: no faults');
    expect(withPassphrase.code).toBe(0);

    const sealed = blobKey(await blobName(photo, team.key));
    await flipLastByte(join(root, sealed));
    expect((await verifyTarget(store, '合言葉')).faults).toEqual([`${sealed}: content does not match its name`]);
  });
});
