import type { ChannelInput } from '#shared/contract/contract';
import type { KakehashiDb } from '../db/database.ts';
import { lastSyncMetaKey, type LastSync } from '../features/sync/syncRunner.ts';
import { requestHost } from '../host/host.ts';

/** What the diagnostics zip gets from the page: table counts and the sync status, no record content. */
export async function readDiagnostics(db: KakehashiDb): Promise<ChannelInput<'diagnostics:export'>> {
  const tableCounts: Record<string, number> = {};
  for (const table of db.tables) tableCounts[table.name] = await table.count();
  const config = await requestHost('sync:get-config', undefined);
  const last = ((await db._meta.get(lastSyncMetaKey))?.value as LastSync | undefined) ?? null;
  return {
    tableCounts,
    sync: {
      configured: config.target !== null,
      targetKind: config.target?.kind ?? null,
      lastSyncAt: last?.at ?? null,
      pendingChanges: await db._outbox.count(),
      lastError:
        last?.error === null || last === null ? null : `${last.error.code}: ${last.error.message}`.slice(0, 500),
    },
  };
}
