import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { batchKey } from '#shared/sync/layout';
import { createTeam } from '#shared/sync/team';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';
import { verifyTarget } from '../../../main/src/services/sync/verifyTarget.ts';
import { createTestDevice, removeTempFolders, tempFolder } from './support/devices.ts';

afterAll(removeTempFolders);

const script = join(import.meta.dirname, '../../../scripts/syncVerify.ts');

async function verify(folder: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, folder]);
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
    const a = await createTestDevice('devA', store, team);
    const b = await createTestDevice('devB', store, team);
    for (const n of [1, 2, 3]) {
      a.replica.edit('companies', `a${n}`, { name: `A社${n}` });
      await a.engine.sync();
      b.replica.edit('visits', `b${n}`, { summary: `訪問${n}` });
      await b.engine.sync();
    }
    const clean = await verify(root);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('device devA: 3 batches, 3 records');
    expect(clean.out).toContain('ok: no faults');

    const flipped = join(root, batchKey('devA', 2));
    const bytes = await readFile(flipped);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 1;
    await writeFile(flipped, bytes);
    await rm(join(root, batchKey('devB', 2)));
    await writeFile(join(root, 'stray.txt'), 'x');
    const faulty = await verify(root);
    expect(faulty.code).toBe(1);
    expect(faulty.out).toContain(`FAULT: ${batchKey('devA', 2)}: corrupt`);
    expect(faulty.out).toContain(`FAULT: ${batchKey('devB', 2)}: missing`);
    expect(faulty.out).toContain('FAULT: stray.txt: not part of the layout');
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
    const a = await createTestDevice('devA', store, team);
    for (const n of [1, 2]) {
      a.replica.edit('companies', `a${n}`, { name: `A社${n}` });
      await a.engine.sync();
    }
    const opened = await verifyTarget(store, '合言葉');
    expect(opened).toMatchObject({
      encrypted: true,
      faults: [],
      devices: [{ device: 'devA', batches: 2, records: 2 }],
    });
    const closed = await verifyTarget(store, null);
    expect(closed.faults).toEqual([]);
    expect(closed.notes.join(' ')).toContain('not opened');
    expect((await verifyTarget(store, 'まちがい')).faults).toEqual([expect.stringContaining('wrong-passphrase')]);
  });
});
