import type { Handlers } from '#shared/contract/dispatch';
import { HostFailure } from '#shared/contract/envelope';
import type { BlobStore } from '#shared/sync/blobStore';
import { readTeamFile } from '#shared/sync/team';
import { formatSyncFailure, SyncError } from '#shared/sync/syncError';
import type { SyncConfigService } from './syncConfigService.ts';

type SyncChannel =
  | 'sync:get-config'
  | 'sync:configure'
  | 'sync:set-team'
  | 'sync:passphrase'
  | 'sync:test-connection'
  | 'sync:list'
  | 'sync:get'
  | 'sync:put-if-absent'
  | 'sync:delete';

/** Runs a store call and turns a typed sync failure into a host failure the renderer can read back. */
async function guarded<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof SyncError) throw new HostFailure('sync-failed', formatSyncFailure(error));
    throw error;
  }
}

/**
 * The `sync:*` handlers: main offers the blob-store operations of the target and of the own
 * journal; the renderer runs the protocol. Secrets never leave main except the passphrase, which
 * the renderer needs to unlock the team key.
 */
export function createSyncHandlers(config: SyncConfigService): Pick<Handlers, SyncChannel> {
  const storeOf = (name: 'target' | 'journal'): Promise<BlobStore> =>
    name === 'target' ? config.openTarget() : config.openJournal();
  return {
    'sync:get-config': () => config.get(),
    'sync:configure': (input) => config.configure(input),
    'sync:set-team': ({ teamId }) => config.setTeam(teamId),
    'sync:passphrase': async () => ({ passphrase: await config.passphrase() }),
    'sync:test-connection': ({ target }) =>
      guarded(async () => {
        const store = await config.openTarget(target);
        const objects = (await store.list('')).length;
        if (objects === 0)
          return {
            state: 'empty' as const,
            teamId: null,
            teamName: null,
            encrypted: false,
            objects,
          };
        const team = await readTeamFile(store);
        return {
          state: 'team' as const,
          teamId: team.teamId,
          teamName: team.teamName,
          encrypted: team.encryption !== null,
          objects,
        };
      }),
    'sync:list': ({ store, prefix }) =>
      guarded(async () => ({
        entries: [...(await (await storeOf(store)).list(prefix))],
      })),
    'sync:get': ({ store, key }) => guarded(async () => ({ bytes: await (await storeOf(store)).get(key) })),
    'sync:put-if-absent': ({ store, key, bytes }) =>
      guarded(async () => ({
        result: await (await storeOf(store)).putIfAbsent(key, bytes),
      })),
    'sync:delete': ({ store, key }) =>
      guarded(async () => {
        await (await storeOf(store)).delete(key);
        return { deleted: true as const };
      }),
  };
}
