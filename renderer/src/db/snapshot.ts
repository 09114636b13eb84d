import { checkSnapshot, snapshotTableNames, type DatabaseSnapshot, type SnapshotReport } from '#shared/domain/snapshot';
import type { KakehashiDb } from './database.ts';

/** Reads every table (user data and sync bookkeeping) in one consistent read transaction. */
export async function readSnapshot(db: KakehashiDb): Promise<DatabaseSnapshot> {
  const tables = snapshotTableNames.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const entries = await Promise.all(
      snapshotTableNames.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return { schemaVersion: db.verno, tables: Object.fromEntries(entries) as unknown as DatabaseSnapshot['tables'] };
  });
}

/** Why a snapshot was not restored. */
export class SnapshotRefused extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join(' / '));
    this.name = 'SnapshotRefused';
    this.problems = problems;
  }
}

/**
 * Replaces the whole database with a snapshot: checks everything first, then clears and fills every
 * table in one uncaptured transaction, so either all of it is restored or nothing changes. The device
 * id and clock of the snapshot take over (restoring a device's backup continues that device).
 */
export async function replaceWithSnapshot(db: KakehashiDb, snapshot: unknown): Promise<SnapshotReport> {
  const check = checkSnapshot(snapshot);
  if (!check.ok) throw new SnapshotRefused(check.problems);
  const valid = snapshot as DatabaseSnapshot;
  if (valid.schemaVersion !== db.verno) {
    throw new SnapshotRefused([
      `the backup has database version ${valid.schemaVersion}; this app uses version ${db.verno}`,
    ]);
  }
  const tables = snapshotTableNames.map((name) => db.table(name));
  await db.transaction('rw', tables, async (transaction) => {
    db.markUncaptured(transaction);
    for (const name of snapshotTableNames) {
      await db.table(name).clear();
      await db.table(name).bulkAdd([...valid.tables[name]]);
    }
  });
  await db.reloadDeviceState();
  return check.report;
}
