import { Dexie } from 'dexie';
import { snapshotTableNames } from '#shared/domain/snapshot';
import { openKakehashiDb, type DatabaseOptions, type KakehashiDb } from './database.ts';
import { currentSchemaVersion, defaultDatabaseName } from './schema.ts';

/** The database was written by a newer Kakehashi: it is not opened, so nothing in it changes. */
export class DatabaseNewerError extends Error {
  constructor(
    readonly storedVersion: number,
    readonly supportedVersion: number,
  ) {
    super(`the database has schema version ${storedVersion}; this app reads up to ${supportedVersion}`);
    this.name = 'DatabaseNewerError';
  }
}

/** The backup before an upgrade could not be written: the upgrade did not start. */
export class UpgradeBackupError extends Error {
  constructor(readonly detail: string) {
    super(`the backup before the database upgrade failed: ${detail}`);
    this.name = 'UpgradeBackupError';
  }
}

/** The upgrade failed after its backup was written; IndexedDB rolled the upgrade back. */
export class UpgradeFailedError extends Error {
  constructor(
    readonly backupPath: string,
    readonly detail: string,
  ) {
    super(`the database upgrade failed (${detail}); the data before it is kept, and backed up at ${backupPath}`);
    this.name = 'UpgradeFailedError';
  }
}

/** Writes a backup of the database as it is (UTF-8 JSON snapshot bytes); returns where. */
export type BackupBeforeUpgrade = (
  snapshot: Uint8Array<ArrayBuffer>,
  fromVersion: number,
  toVersion: number,
) => Promise<string>;

/** The schema version of the stored database (Dexie's version, IndexedDB's / 10), or null when there is none. */
export async function storedSchemaVersion(indexedDB: IDBFactory, name: string): Promise<number | null> {
  const found = (await indexedDB.databases()).find((database) => database.name === name);
  return found?.version === undefined ? null : found.version / 10;
}

async function readOldSnapshot(options: DatabaseOptions, name: string): Promise<Uint8Array<ArrayBuffer>> {
  // No versions declared: Dexie opens the database as it is, without upgrading it.
  const old = new Dexie(name, {
    ...(options.indexedDB === undefined ? {} : { indexedDB: options.indexedDB }),
    ...(options.IDBKeyRange === undefined ? {} : { IDBKeyRange: options.IDBKeyRange }),
  });
  await old.open();
  try {
    const present = old.tables.map((table) => table.name);
    const tables: Record<string, unknown[]> = {};
    for (const table of snapshotTableNames)
      tables[table] = present.includes(table) ? await old.table(table).toArray() : [];
    return new TextEncoder().encode(JSON.stringify({ schemaVersion: old.verno, tables }));
  } finally {
    old.close();
  }
}

/**
 * Opens the app database safely across versions: a database of a newer schema is refused; before
 * an upgrade the old data is backed up through main (and without a backup there is no upgrade);
 * an upgrade that fails is rolled back by IndexedDB, which keeps the old data beside the backup.
 */
export async function openDatabaseGuarded(
  backup: BackupBeforeUpgrade,
  options: DatabaseOptions = {},
): Promise<KakehashiDb> {
  const name = options.name ?? defaultDatabaseName;
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const stored = await storedSchemaVersion(factory, name);
  if (stored !== null && stored > currentSchemaVersion) throw new DatabaseNewerError(stored, currentSchemaVersion);
  if (stored === null || stored === currentSchemaVersion) return openKakehashiDb(options);

  let backupPath: string;
  try {
    backupPath = await backup(await readOldSnapshot(options, name), stored, currentSchemaVersion);
  } catch (error) {
    throw new UpgradeBackupError(error instanceof Error ? error.message : String(error));
  }
  try {
    return await openKakehashiDb(options);
  } catch (error) {
    throw new UpgradeFailedError(backupPath, error instanceof Error ? error.message : String(error));
  }
}
