import type { Table } from 'dexie';
import { domainTableNames } from '#shared/domain/tables';
import type { JsonValue, RecordState } from '#shared/sync/change';
import { compareHlc } from '#shared/sync/hlc';
import type { AttachmentRef, Cursor, ExportedState, StateRecord } from '#shared/sync/replica';
import type { KakehashiDb } from '../../db/database.ts';
import { defaultClockKey, type CursorRow, type MetaRow } from '../../db/schema.ts';
import { heldPrefix, type HeldRecord } from './heldValues.ts';

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
    // Values held aside are part of the state too (a reader of the logs meets them): a newer loader may
    // apply them, this version's loader holds them again.
    for (const held of (await meta.where('key').startsWith(heldPrefix).toArray()).map(
      (row) => row.value as HeldRecord,
    )) {
      const key = `${held.table}:${held.id}`;
      const record = byKey.get(key);
      const fields: Record<string, JsonValue> = { ...record?.fields };
      const clocks: Record<string, string> = { ...record?.clocks };
      for (const [field, value] of Object.entries(held.fields)) {
        const clock = clocks[field];
        if (clock !== undefined && compareHlc(value.hlc, clock) <= 0) continue;
        fields[field] = value.value;
        clocks[field] = value.hlc;
      }
      byKey.set(key, { table: held.table, id: held.id, fields, clocks });
    }
    const cursors = readCursorRows((await tx.table('_cursors').toArray()) as CursorRow[]);
    return { records: [...byKey.values()], cursors };
  });
}

/** The attachment records that are not deleted. */
export async function liveAttachmentRefs(db: KakehashiDb): Promise<AttachmentRef[]> {
  return (await db.attachments.toArray())
    .filter((attachment) => !attachment.deleted)
    .map(({ sha256, name }) => ({ sha256, name }));
}
