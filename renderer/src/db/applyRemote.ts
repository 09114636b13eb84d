import type { Table, Transaction } from 'dexie';
import { domainTableNames, domainTables, type DomainTableName } from '#shared/domain/tables';
import { parseOrThrow } from '#shared/domain/validationError';
import type { Hlc, ObserveResult } from '#shared/sync/hlc';
import { clockMetaKey } from './captureMiddleware.ts';
import type { KakehashiDb } from './database.ts';
import type { FieldClocks, StoredRecord } from './schema.ts';

/** What the sync engine may do inside one uncaptured transaction. */
export type RemoteWriter = Readonly<{
  /** The stored record with its field clocks, tombstones included. */
  get<T extends DomainTableName>(table: T, id: string): Promise<StoredRecord<T> | undefined>;
  /** Validates a merged record against its schema and writes it with its field clocks, without capture. */
  put<T extends DomainTableName>(table: T, record: unknown, clocks: FieldClocks): Promise<StoredRecord<T>>;
  /** Moves the device clock past a remote HLC (refused when far in the future); persisted with the transaction. */
  observe(hlc: Hlc): ObserveResult;
  /** The Dexie transaction, for `_cursors`, `_conflicts` and reads. */
  transaction: Transaction;
}>;

/**
 * Runs `apply` in one read-write transaction over every user-data table and the sync bookkeeping
 * tables whose writes are NOT captured: remote changes are not sent back out. Either everything
 * (records, clocks, cursors, conflicts) commits, or nothing does.
 */
export async function applyRemoteChanges<R>(db: KakehashiDb, apply: (writer: RemoteWriter) => Promise<R>): Promise<R> {
  const tables = [...domainTableNames, '_cursors', '_conflicts', '_meta'];
  return db.transaction('rw', tables, async (transaction) => {
    db.markUncaptured(transaction);
    // Another context of this device (the page, while the sync worker applies) may have moved the
    // persisted clock: catch up first, so the clock written below never goes back behind it.
    const persisted = (await transaction.table('_meta').get(clockMetaKey)) as { value?: unknown } | undefined;
    if (typeof persisted?.value === 'string') db.clock.observe(persisted.value);
    const table = <T extends DomainTableName>(name: T) => transaction.table(name) as Table<StoredRecord<T>, string>;
    const clock = { observed: false };
    const writer: RemoteWriter = {
      get: (name, id) => table(name).get(id),
      async put(name, record, clocks) {
        const { entity, schema } = domainTables[name];
        const parsed = parseOrThrow(entity, schema, record) as object;
        const stored = { ...parsed, _hlc: clocks } as StoredRecord<typeof name>;
        await table(name).put(stored);
        return stored;
      },
      observe(hlc) {
        const result = db.clock.observe(hlc);
        if (result.accepted) clock.observed = true;
        return result;
      },
      transaction,
    };
    const result = await apply(writer);
    if (clock.observed) await transaction.table('_meta').put({ key: clockMetaKey, value: db.clock.last() });
    return result;
  });
}
