import type { Change, JsonValue, RecordState } from './change.ts';
import type { FieldConflict } from './merge.ts';

/** How far a device's log has been taken in: the last batch's seq and hash (seq 0: none). */
export type Cursor = Readonly<{ seq: number; hash: string | null }>;

/** The empty cursor. */
export const noCursor: Cursor = { seq: 0, hash: null };

/** Pending local changes taken from `_outbox`, with the row keys to remove once sealed. */
export type OutboxTake = Readonly<{
  keys: readonly (string | number)[];
  changes: readonly Change[];
}>;

/** What applying a batch did. */
export type ApplyResult = Readonly<{
  records: number;
  conflicts: readonly FieldConflict[];
}>;

/** Where a batch's changes come from: its seq, and whether its writer runs a newer app version. */
export type ChangeOrigin = Readonly<{ seq: number; newerVersion: boolean }>;

/**
 * A field value a replica did not apply and keeps aside (docs/sync-format.md §7): `invalid` — this
 * version's schema refuses it; `newer` — a table or field this version does not know, or a value
 * from a device running a newer version. Kept values are tried again on every sync (after an
 * upgrade they apply); a later valid value of the same field supersedes one.
 */
export type HeldChange = Readonly<{
  table: string;
  id: string;
  field: string;
  hlc: string;
  device: string;
  seq: number;
  reason: 'invalid' | 'newer';
  /** Whether this version knows the table. */
  knownTable: boolean;
  /** The record's name (or title) as this device shows it, or null when it has none yet. */
  subject: string | null;
}>;

/** One record of the merged state with its field clocks (a snapshot's body, docs/sync-format.md §4). */
export type StateRecord = Readonly<{ table: string; id: string }> & RecordState;

/** The whole merged state and the cursors it is exactly the result of. */
export type ExportedState = Readonly<{
  records: readonly StateRecord[];
  cursors: Readonly<Record<string, Cursor>>;
}>;

/** An attachment record that is not deleted: whose bytes this device should hold. */
export type AttachmentRef = Readonly<{ sha256: string; name: string }>;

/**
 * The local database as the sync engine sees it. The Dexie replica (renderer) and the in-memory
 * replica (tests) implement it; each method is one transaction.
 */
export type LocalReplica = Readonly<{
  /** Every device's cursor, including this device's own (its last sealed batch). */
  cursors(): Promise<Readonly<Record<string, Cursor>>>;
  /** The oldest pending `_outbox` rows, at most about `maxChanges` changes; null when none. */
  takeOutbox(maxChanges: number): Promise<OutboxTake | null>;
  /** Removes sealed outbox rows and records this device's new cursor, in one transaction. */
  commitSealed(keys: readonly (string | number)[], device: string, cursor: Cursor): Promise<void>;
  /**
   * Merges a batch's changes (per-field LWW, without capturing them into `_outbox`), keeps the
   * losing free-text values in `_conflicts`, and moves `device`'s cursor — in one transaction.
   */
  applyBatch(device: string, cursor: Cursor, changes: readonly Change[], origin?: ChangeOrigin): Promise<ApplyResult>;
  /** Tries the held field values again (a replica that validates values holds some); one transaction. */
  retryHeld?(): Promise<ApplyResult>;
  /** The field values held aside, for the sync problems. */
  heldChanges?(): Promise<readonly HeldChange[]>;
  /** Whether the database holds nothing: no cursor, no record, no pending change. */
  isEmpty(): Promise<boolean>;
  /**
   * The full merged state (records of every table with their clocks, incomplete records included)
   * and the cursors, read in one transaction; null while local changes wait to be sealed, since the
   * state would then hold changes that are in no batch.
   */
  exportState(): Promise<ExportedState | null>;
  /**
   * Writes a snapshot's records and cursors into an empty database in one transaction; returns
   * false (and writes nothing) when the database is no longer empty.
   */
  loadState(state: ExportedState): Promise<boolean>;
  /** The attachment records that are not deleted. */
  attachmentRefs(): Promise<readonly AttachmentRef[]>;
  /** A sync bookkeeping value (`_meta`), or undefined. */
  getMeta(key: string): Promise<JsonValue | undefined>;
  /** Stores a sync bookkeeping value. */
  setMeta(key: string, value: JsonValue): Promise<void>;
}>;
