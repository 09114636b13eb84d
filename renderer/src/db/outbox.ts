import type { KakehashiDb } from './database.ts';
import type { OutboxRow } from './schema.ts';

/** The oldest outbox rows (one per captured transaction), in the order they were committed. */
export async function readOutbox(db: KakehashiDb, limit = Number.POSITIVE_INFINITY): Promise<OutboxRow[]> {
  const rows = db._outbox.orderBy('key');
  return Number.isFinite(limit) ? rows.limit(limit).toArray() : rows.toArray();
}

/** Removes the outbox rows up to and including `throughKey`, once sync has written them to its log. */
export async function acknowledgeOutbox(db: KakehashiDb, throughKey: string): Promise<number> {
  return db._outbox.where('key').belowOrEqual(throughKey).delete();
}

/** How many captured transactions wait to be synced. */
export async function countOutbox(db: KakehashiDb): Promise<number> {
  return db._outbox.count();
}
