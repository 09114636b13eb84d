import type { Table } from 'dexie';
import { domainTables, isDomainTableName, type DomainTableName } from '#shared/domain/tables';
import type { Change, JsonValue, RecordState } from '#shared/sync/change';
import { compareHlc } from '#shared/sync/hlc';
import { mergeChange, type FieldConflict } from '#shared/sync/merge';
import type { ApplyResult, Cursor, LocalReplica, OutboxTake } from '#shared/sync/replica';
import { applyRemoteChanges } from '../../db/applyRemote.ts';
import type { KakehashiDb } from '../../db/database.ts';
import { readOutbox } from '../../db/outbox.ts';
import type { MetaRow } from '../../db/schema.ts';
import {
  exportDexieState,
  isDatabaseEmpty,
  liveAttachmentRefs,
  loadDexieState,
  partialPrefix,
  readCursorRows,
  toState,
  type Stored,
} from './dexieState.ts';

/** A `_conflicts` row as sync writes it. */
export type SyncConflictRow = FieldConflict & Readonly<{ seq?: number; device: string; at: string }>;

/**
 * The sync engine's view of the Dexie database: cursors in `_cursors`, pending changes in
 * `_outbox`, remote batches applied through the data layer's uncaptured transaction.
 */
export function createDexieReplica(db: KakehashiDb, now: () => Date = () => new Date()): LocalReplica {
  return {
    cursors: async (): Promise<Record<string, Cursor>> => readCursorRows(await db._cursors.toArray()),
    isEmpty: () => isDatabaseEmpty(db),
    exportState: () => exportDexieState(db),
    loadState: (state) => loadDexieState(db, state),
    attachmentRefs: () => liveAttachmentRefs(db),
    getMeta: async (key) => (await db._meta.get(key))?.value as JsonValue | undefined,
    async setMeta(key, value) {
      await db._meta.put({ key, value });
    },

    async takeOutbox(maxChanges): Promise<OutboxTake | null> {
      const keys: string[] = [];
      const changes: Change[] = [];
      // Rows are read a few at a time so a large backlog is split into batches of about maxChanges.
      for (const row of await readOutbox(db, 500)) {
        if (changes.length > 0 && changes.length + row.changes.length > maxChanges) break;
        keys.push(row.key);
        for (const change of row.changes) changes.push(change as Change);
      }
      return keys.length === 0 ? null : { keys, changes };
    },

    async commitSealed(keys, device, cursor) {
      await db.transaction('rw', db._outbox, db._cursors, async () => {
        await db._outbox.bulkDelete(keys as string[]);
        await db._cursors.put({ device, seq: cursor.seq, hash: cursor.hash });
      });
    },

    applyBatch(device, cursor, changes) {
      return applyRemoteChanges(db, async (writer): Promise<ApplyResult> => {
        const tx = writer.transaction;
        const meta = tx.table('_meta') as Table<MetaRow, string>;
        const partialRows = await meta.where('key').startsWith(partialPrefix).toArray();
        const partials = new Map(partialRows.map((row) => [row.key, row.value as RecordState]));
        const byTable = new Map<DomainTableName, Map<string, Change[]>>();
        let latest: string | null = null;
        for (const change of changes) {
          if (latest === null || compareHlc(change.hlc, latest) > 0) latest = change.hlc;
          // A table this version does not know (a newer app's) is left for a later version.
          if (!isDomainTableName(change.table)) continue;
          const records = byTable.get(change.table) ?? new Map<string, Change[]>();
          records.set(change.id, [...(records.get(change.id) ?? []), change]);
          byTable.set(change.table, records);
        }
        const conflicts: FieldConflict[] = [];
        let records = 0;
        for (const [tableName, byId] of byTable) {
          const table = tx.table(tableName) as Table<Stored, string>;
          const ids = [...byId.keys()];
          const existing = await readExisting(table, ids);
          const puts: Stored[] = [];
          for (const [index, id] of ids.entries()) {
            const partialKey = `${partialPrefix}${tableName}:${id}`;
            let state = partials.get(partialKey) ?? toState(existing[index]);
            let changed = false;
            for (const change of byId.get(id) ?? []) {
              const outcome = mergeChange(state, change);
              state = outcome.state;
              changed ||= outcome.changed;
              conflicts.push(...outcome.conflicts);
            }
            if (!changed || state === undefined) continue;
            records += 1;
            const parsed = domainTables[tableName].schema.safeParse({
              ...state.fields,
              id,
            });
            if (parsed.success) {
              puts.push({
                ...(parsed.data as Record<string, unknown>),
                id,
                _hlc: { ...state.clocks },
              });
              if (partials.has(partialKey)) await meta.delete(partialKey);
            } else {
              // Fields of a record whose creating batch (from another device) has not arrived yet.
              await meta.put({ key: partialKey, value: state });
            }
          }
          await table.bulkPut(puts);
        }
        if (latest !== null) writer.observe(latest);
        if (conflicts.length > 0) {
          const at = now().toISOString();
          await tx.table('_conflicts').bulkAdd(
            conflicts.map((conflict): SyncConflictRow => ({
              ...conflict,
              device,
              at,
            })),
          );
        }
        await tx.table('_cursors').put({ device, seq: cursor.seq, hash: cursor.hash });
        return { records, conflicts };
      });
    },
  };
}

/**
 * The stored records of a batch's ids. A large batch (an initial sync) reads one key range: its ids
 * are mostly ULIDs of one peer's burst, so the range holds little else, and one range read costs far
 * less than thousands of point reads.
 */
async function readExisting(table: Table<Stored, string>, ids: readonly string[]): Promise<(Stored | undefined)[]> {
  if (ids.length < 1000) return table.bulkGet([...ids]);
  const sorted = [...ids].sort();
  const first = sorted[0] ?? '';
  const last = sorted.at(-1) ?? '';
  const found = new Map<string, Stored>();
  for (const record of await table.where(':id').between(first, last, true, true).toArray())
    found.set(record.id, record);
  return ids.map((id) => found.get(id));
}

/** The conflicts kept for the user, newest first. */
export async function listConflicts(db: KakehashiDb): Promise<SyncConflictRow[]> {
  const rows = (await db._conflicts.toArray()) as unknown as SyncConflictRow[];
  return rows.reverse();
}

/** Drops a conflict row once the user has decided. */
export async function dismissConflict(db: KakehashiDb, seq: number): Promise<void> {
  await db._conflicts.delete(seq);
}
