import { domainTables } from '#shared/domain/tables';
import { parseOrThrow } from '#shared/domain/validationError';
import type { KakehashiDb } from './database.ts';
import type { RecordWrite } from './recordWrites.ts';

/**
 * Applies an operation's writes in one captured transaction (all or none): each record gets the
 * `after` values, is checked against its table's schema and stored, so the change reaches the
 * outbox and syncs. A record that is gone is skipped.
 */
export async function applyWrites(db: KakehashiDb, writes: readonly RecordWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const tables = [...new Set(writes.map((write) => write.table))];
  const at = new Date().toISOString();
  await db.transaction('rw', tables, async (transaction) => {
    for (const write of writes) {
      const table = transaction.table(write.table);
      const stored = (await table.get(write.id)) as Record<string, unknown> | undefined;
      if (stored === undefined) continue;
      const { _hlc: clocks, ...record } = stored;
      const { entity, schema } = domainTables[write.table];
      const next = parseOrThrow(entity, schema, { ...record, ...write.after, updatedAt: at }) as object;
      await table.put({ ...next, _hlc: clocks });
    }
  });
}
