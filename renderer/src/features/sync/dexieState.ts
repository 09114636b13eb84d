import type { Table } from 'dexie';
import { domainTableNames, domainTables, isDomainTableName } from '#shared/domain/tables';
import type { JsonValue, RecordState } from '#shared/sync/change';
import { compareHlc } from '#shared/sync/hlc';
import type { AttachmentRef, Cursor, ExportedState, StateRecord } from '#shared/sync/replica';
import { applyRemoteChanges } from '../../db/applyRemote.ts';
import type { KakehashiDb } from '../../db/database.ts';
import { defaultClockKey, type CursorRow, type MetaRow } from '../../db/schema.ts';

/** `_meta` rows holding records whose merged fields do not yet make a valid record. */
export const partialPrefix = 'syncPartial:';

/** A stored record as the sync code reads it. */
export type Stored = Record<string, unknown> & { id: string; _hlc?: Record<string, string> };

/**
 * A stored record as merge state: its fields (not the id, not the `_` bookkeeping) and one clock per
 * field. A record written locally holds one default clock `*` for all its fields; it is spelled out
 * per field, since the merge and the snapshot format know field clocks only.
 */
export function toState(stored: Stored | undefined): RecordState | undefined {
  if (stored === undefined) return undefined;
  const fields: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(stored))
    if (field !== 'id' && !field.startsWith('_') && value !== undefined) fields[field] = value as JsonValue;
  const { [defaultClockKey]: fallback, ...clocks } = stored._hlc ?? {};
  if (fallback !== undefined) for (const field of Object.keys(fields)) clocks[field] ??= fallback;
  return { fields, clocks };
}

/** The cursors as stored in `_cursors`. */
export function readCursorRows(rows: readonly CursorRow[]): Record<string, Cursor> {
  const out: Record<string, Cursor> = {};
  for (const row of rows) {
    const { seq, hash } = row as CursorRow & { seq?: unknown; hash?: unknown };
    if (typeof seq === 'number') out[row.device] = { seq, hash: typeof hash === 'string' ? hash : null };
  }
  return out;
}

/** Whether nothing is stored: no cursor, no pending change, no record in any table. */
export async function isDatabaseEmpty(db: KakehashiDb): Promise<boolean> {
  return db.transaction('r', [...domainTableNames, '_outbox', '_cursors'], async (tx) => {
    for (const name of [...domainTableNames, '_outbox', '_cursors'])
      if ((await tx.table(name).count()) > 0) return false;
    return true;
  });
}

/** The whole merged state with its clocks and cursors, in one read transaction (null while changes wait). */
export async function exportDexieState(db: KakehashiDb): Promise<ExportedState | null> {
  return db.transaction('r', [...domainTableNames, '_outbox', '_cursors', '_meta'], async (tx) => {
    if ((await tx.table('_outbox').count()) > 0) return null;
    const byKey = new Map<string, StateRecord>();
    for (const table of domainTableNames) {
      for (const stored of (await tx.table(table).toArray()) as Stored[]) {
        const state = toState(stored);
        if (state !== undefined) byKey.set(`${table}:${stored.id}`, { table, id: stored.id, ...state });
      }
    }
    const meta = tx.table('_meta') as Table<MetaRow, string>;
    for (const row of await meta.where('key').startsWith(partialPrefix).toArray()) {
      const rest = row.key.slice(partialPrefix.length);
      const colon = rest.indexOf(':');
      const state = row.value as RecordState;
      // The incomplete merge is the record's true state, whatever the table still holds.
      byKey.set(rest, { table: rest.slice(0, colon), id: rest.slice(colon + 1), ...state });
    }
    const cursors = readCursorRows((await tx.table('_cursors').toArray()) as CursorRow[]);
    return { records: [...byKey.values()], cursors };
  });
}

/**
 * Loads a snapshot's state into an empty database in one uncaptured transaction: valid records into
 * their tables, incomplete ones into `_meta` as `applyBatch` keeps them, the cursors, the clock moved
 * past the newest field clock. Returns false, writing nothing, when the database is not empty.
 */
export function loadDexieState(db: KakehashiDb, state: ExportedState): Promise<boolean> {
  return applyRemoteChanges(db, async (writer) => {
    const tx = writer.transaction;
    for (const name of [...domainTableNames, '_cursors']) if ((await tx.table(name).count()) > 0) return false;
    const meta = tx.table('_meta') as Table<MetaRow, string>;
    const puts = new Map<string, Stored[]>();
    let latest: string | null = null;
    for (const record of state.records) {
      for (const clock of Object.values(record.clocks))
        if (latest === null || compareHlc(clock, latest) > 0) latest = clock;
      // A table this version does not know (a newer app's) is left out, as `applyBatch` does.
      if (!isDomainTableName(record.table)) continue;
      const parsed = domainTables[record.table].schema.safeParse({ ...record.fields, id: record.id });
      if (parsed.success) {
        const rows = puts.get(record.table) ?? [];
        rows.push({ ...(parsed.data as Record<string, unknown>), id: record.id, _hlc: { ...record.clocks } });
        puts.set(record.table, rows);
      } else {
        await meta.put({
          key: `${partialPrefix}${record.table}:${record.id}`,
          value: { fields: record.fields, clocks: record.clocks },
        });
      }
    }
    for (const [table, rows] of puts) await tx.table(table).bulkPut(rows);
    await tx
      .table('_cursors')
      .bulkPut(
        Object.entries(state.cursors).map(([device, cursor]) => ({ device, seq: cursor.seq, hash: cursor.hash })),
      );
    if (latest !== null) writer.observe(latest);
    return true;
  });
}

/** The attachment records that are not deleted. */
export async function liveAttachmentRefs(db: KakehashiDb): Promise<AttachmentRef[]> {
  return (await db.attachments.toArray())
    .filter((attachment) => !attachment.deleted)
    .map(({ sha256, name }) => ({ sha256, name }));
}
