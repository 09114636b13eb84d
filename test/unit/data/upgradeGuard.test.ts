import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../main/src/services/backupFile.ts';
import { createDataServices } from '../../../main/src/services/dataServices.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { currentSchemaVersion, schemaV1, schemaV2 } from '../../../renderer/src/db/schema.ts';
import {
  DatabaseNewerError,
  openDatabaseGuarded,
  storedSchemaVersion,
  UpgradeBackupError,
  UpgradeFailedError,
  type BackupBeforeUpgrade,
} from '../../../renderer/src/db/upgradeGuard.ts';
import { createHarnessShell } from '../../harness/harnessShell.ts';

const at = '2026-04-01T00:00:00.000Z';
const meta = { createdAt: at, updatedAt: at, createdBy: 'DEV1', deleted: false, _hlc: {} };
const companyId = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function versionOneDatabase(followUps: unknown = []) {
  const indexedDB = new IDBFactory();
  const v1 = new Dexie('guarded', { indexedDB, IDBKeyRange });
  v1.version(1).stores(schemaV1);
  await v1.open();
  await v1
    .table('companies')
    .add({ id: companyId, name: 'サンプル農園', nameKana: 'さんぷる', kind: 'farmer', region: 'mogami', ...meta });
  await v1.table('visits').add({
    id: '01JBBBBBBBBBBBBBBBBBBBBBBB',
    companyId,
    date: '2026-04-02',
    purpose: 'needsDiscovery',
    followUps,
    ...meta,
  });
  v1.close();
  return { indexedDB, options: { name: 'guarded', indexedDB, IDBKeyRange } };
}

async function companyNames(indexedDB: IDBFactory): Promise<string[]> {
  const raw = new Dexie('guarded', { indexedDB, IDBKeyRange });
  await raw.open();
  const names = (await raw.table('companies').toArray()).map((row: { name: string }) => row.name);
  raw.close();
  return names;
}

describe('database upgrades', () => {
  it('backs the old database up through main before upgrading it', async () => {
    const { options } = await versionOneDatabase();
    const userDataPath = await mkdtemp(join(tmpdir(), 'kakehashi-upgrade-'));
    folders.push(userDataPath);
    const data = createDataServices({
      userDataPath,
      appVersion: '0.2.0',
      now: () => new Date('2026-06-01T09:00:00Z'),
      chooseSavePath: () => Promise.resolve(null),
      chooseOpenPath: () => Promise.resolve(null),
    });
    const shell = createHarnessShell({
      userDataPath,
      appVersion: '0.2.0',
      backups: data.backups,
      now: () => new Date('2026-06-01T09:00:00Z'),
    });

    const db = await openDatabaseGuarded(shell.deps.backupBeforeUpgrade, options);
    expect(db.verno).toBe(currentSchemaVersion);
    expect((await createRepositories(db).companies.listByRegion('mogami')).map((c) => c.name)).toEqual([
      'サンプル農園',
    ]);
    db.close();

    const folder = join(userDataPath, 'backups', 'before-upgrade');
    const files = await readdir(folder);
    expect(files).toEqual([`before-upgrade-v1-to-v${currentSchemaVersion}-2026-06-01-09-00-00.kkbackup`]);
    const decoded = await decodeBackup(new Uint8Array(await readFile(join(folder, files[0] ?? ''))));
    expect(decoded.snapshot.schemaVersion).toBe(1);
    expect(decoded.report.companies).toBe(1);
    expect(decoded.report.visits).toBe(1);
  });

  it('opens a current database without a backup', async () => {
    const { options } = await versionOneDatabase();
    const calls: number[] = [];
    const backup: BackupBeforeUpgrade = (_s, from) => {
      calls.push(from);
      return Promise.resolve('/backups/x.kkbackup');
    };
    (await openDatabaseGuarded(backup, options)).close();
    (await openDatabaseGuarded(backup, options)).close();
    expect(calls).toEqual([1]);
  });

  it('refuses a database written by a newer version and leaves it as it is', async () => {
    const indexedDB = new IDBFactory();
    const newer = new Dexie('guarded', { indexedDB, IDBKeyRange });
    newer.version(currentSchemaVersion + 1).stores({ ...schemaV2, reports: 'id' });
    await newer.open();
    await newer.table('companies').add({ id: companyId, name: '新しい版の企業', ...meta });
    newer.close();
    let backups = 0;
    const refused = openDatabaseGuarded(
      () => {
        backups += 1;
        return Promise.resolve('x');
      },
      { name: 'guarded', indexedDB, IDBKeyRange },
    );
    await expect(refused).rejects.toBeInstanceOf(DatabaseNewerError);
    await expect(refused).rejects.toMatchObject({
      storedVersion: currentSchemaVersion + 1,
      supportedVersion: currentSchemaVersion,
    });
    expect(backups).toBe(0);
    expect(await storedSchemaVersion(indexedDB, 'guarded')).toBe(currentSchemaVersion + 1);
    expect(await companyNames(indexedDB)).toEqual(['新しい版の企業']);
  });

  it('does not upgrade when the backup cannot be written', async () => {
    const { indexedDB, options } = await versionOneDatabase();
    await expect(openDatabaseGuarded(() => Promise.reject(new Error('disk full')), options)).rejects.toBeInstanceOf(
      UpgradeBackupError,
    );
    expect(await storedSchemaVersion(indexedDB, 'guarded')).toBe(1);
    expect(await companyNames(indexedDB)).toEqual(['サンプル農園']);
  });

  it('keeps the old data and names the backup when the upgrade itself fails', async () => {
    // A visit whose follow-ups are not a list makes the version-2 migration throw.
    const { indexedDB, options } = await versionOneDatabase('not a list');
    const failed = openDatabaseGuarded(() => Promise.resolve('/userdata/backups/before-upgrade/b.kkbackup'), options);
    await expect(failed).rejects.toBeInstanceOf(UpgradeFailedError);
    await expect(failed).rejects.toMatchObject({ backupPath: '/userdata/backups/before-upgrade/b.kkbackup' });
    expect(await storedSchemaVersion(indexedDB, 'guarded')).toBe(1);
    expect(await companyNames(indexedDB)).toEqual(['サンプル農園']);
  });
});
