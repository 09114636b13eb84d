import type { BlobStore } from '#shared/sync/blobStore';
import { parseSyncFailure, SyncError } from '#shared/sync/syncError';
import { HostCallError, requestHost } from '../../host/host.ts';

async function call<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof HostCallError) {
      throw (
        (error.error.code === 'sync-failed' ? parseSyncFailure(error.error.message) : null) ??
        new SyncError('io-failed', error.error.message)
      );
    }
    throw error;
  }
}

/** The target or the own journal, whose files main reads and writes for the renderer. */
export function createIpcStore(store: 'target' | 'journal'): BlobStore {
  return {
    list: (prefix) => call(async () => (await requestHost('sync:list', { store, prefix })).entries),
    get: (key) => call(async () => (await requestHost('sync:get', { store, key })).bytes),
    putIfAbsent: (key, bytes) =>
      call(async () => (await requestHost('sync:put-if-absent', { store, key, bytes })).result),
    delete: (key) =>
      call(async () => {
        await requestHost('sync:delete', { store, key });
      }),
  };
}
