import type { Change } from './change.ts';
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
  applyBatch(device: string, cursor: Cursor, changes: readonly Change[]): Promise<ApplyResult>;
}>;
