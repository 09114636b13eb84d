import { domainTableNames, type DomainTableName } from '#shared/domain/tables';
import { compareHlc, parseHlc } from '#shared/sync/hlc';
import type { KakehashiDb } from './database.ts';
import { clockOfField } from './schema.ts';

/** How long a deleted record is offered for restoring in the trash, in days. */
export const trashDays = 30;

/** One deleted record in the trash, with when it was deleted (the clock of its `deleted` field). */
export type TrashEntry = Readonly<{
  table: DomainTableName;
  record: Readonly<Record<string, unknown>>;
  deletedAt: number;
}>;

/**
 * Deleted records whose tombstone is at most `trashDays` old, newest first. The time comes from the
 * field clock of `deleted`, so a delete made on another device shows its own time after a sync.
 */
export async function listTrash(db: KakehashiDb, now: number = Date.now()): Promise<TrashEntry[]> {
  const since = now - trashDays * 24 * 60 * 60 * 1000;
  const entries: (TrashEntry & { clock: string })[] = [];
  for (const name of domainTableNames) {
    const rows = (await db.table(name).toArray()) as (Record<string, unknown> & {
      deleted: boolean;
      _hlc?: Record<string, string>;
    })[];
    for (const row of rows) {
      if (!row.deleted) continue;
      const clock = clockOfField(row._hlc ?? {}, 'deleted');
      const deletedAt = (clock === undefined ? null : parseHlc(clock))?.ms ?? Date.parse(String(row['updatedAt']));
      if (!(deletedAt >= since)) continue;
      const { _hlc: _clocks, ...record } = row;
      entries.push({ table: name, record, deletedAt, clock: clock ?? '' });
    }
  }
  // Newest first by the whole clock: two deletes within one millisecond keep their order.
  return entries
    .sort((a, b) => b.deletedAt - a.deletedAt || compareHlc(b.clock, a.clock))
    .map(({ clock: _clock, ...entry }) => entry);
}
