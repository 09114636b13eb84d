import type { Table, Transaction } from 'dexie';
import { domainTableNames, isDomainTableName } from '#shared/domain/tables';
import type { Change, JsonValue, RecordState } from '#shared/sync/change';
import type { FieldConflict } from '#shared/sync/merge';
import type { ApplyResult, Cursor, HeldChange, LocalReplica, OutboxTake } from '#shared/sync/replica';
import { applyRemoteChanges } from '../../db/applyRemote.ts';
import type { KakehashiDb } from '../../db/database.ts';
import { readOutbox } from '../../db/outbox.ts';
import type { MetaRow } from '../../db/schema.ts';
import { applyChanges } from './applyChanges.ts';
import { loadDexieState } from './loadState.ts';
import { heldPrefix, readAllHeld, recordSubject } from './heldValues.ts';
import {
  exportDexieState,
  isDatabaseEmpty,
  liveAttachmentRefs,
  partialPrefix,
  readCursorRows,
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

    applyBatch(device, cursor, changes, origin) {
      return applyRemoteChanges(db, async (writer): Promise<ApplyResult> => {
        const newerVersion = origin?.newerVersion ?? false;
        const seq = origin?.seq ?? cursor.seq;
        const result = await applyChanges(
          writer,
          changes.map((change) => ({ change, device, seq, newerVersion })),
        );
        await keepConflicts(writer.transaction, result.conflicts, device, now);
        await writer.transaction.table('_cursors').put({ device, seq: cursor.seq, hash: cursor.hash });
        return result;
      });
    },

    retryHeld() {
      return applyRemoteChanges(db, async (writer): Promise<ApplyResult> => {
        const meta = writer.transaction.table('_meta') as Table<MetaRow, string>;
        const held = await readAllHeld(meta);
        if (held.length === 0) return { records: 0, conflicts: [] };
        // Taken out and merged again: what this version now accepts applies, the rest is held again.
        await meta.where('key').startsWith(heldPrefix).delete();
        const result = await applyChanges(
          writer,
          held.flatMap((row) =>
            Object.entries(row.fields).map(([field, value]) => ({
              change: { table: row.table, id: row.id, fields: { [field]: value.value }, hlc: value.hlc },
              device: value.device,
              seq: value.seq,
              newerVersion: value.reason === 'newer',
            })),
          ),
        );
        await keepConflicts(writer.transaction, result.conflicts, '', now);
        return result;
      });
    },

    heldChanges: () => listHeld(db),
  };
}

async function keepConflicts(
  tx: Transaction,
  conflicts: readonly FieldConflict[],
  device: string,
  now: () => Date,
): Promise<void> {
  if (conflicts.length === 0) return;
  const at = now().toISOString();
  await tx.table('_conflicts').bulkAdd(conflicts.map((conflict): SyncConflictRow => ({ ...conflict, device, at })));
}

/** The held values with the name of their record as this device shows it. */
async function listHeld(db: KakehashiDb): Promise<HeldChange[]> {
  return db.transaction('r', [...domainTableNames, '_meta'], async (tx) => {
    const meta = tx.table('_meta') as Table<MetaRow, string>;
    const out: HeldChange[] = [];
    for (const { table, id, fields } of await readAllHeld(meta)) {
      const knownTable = isDomainTableName(table);
      let subject: string | null = null;
      if (knownTable) {
        const stored = (await tx.table(table).get(id)) as Stored | undefined;
        const partial = (await meta.get(`${partialPrefix}${table}:${id}`))?.value as RecordState | undefined;
        subject = recordSubject(stored) ?? recordSubject(partial?.fields);
      }
      for (const [field, { hlc, device, seq, reason }] of Object.entries(fields))
        out.push({ table, id, field, hlc, device, seq, reason, knownTable, subject });
    }
    return out;
  });
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
