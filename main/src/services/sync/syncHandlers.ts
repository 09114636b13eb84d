import type { Handlers } from '#shared/contract/dispatch';
import { HostFailure } from '#shared/contract/envelope';
import type { BlobStore } from '#shared/sync/blobStore';
import { isLayoutPrefix, parseKey } from '#shared/sync/layout';
import { readTeamFile } from '#shared/sync/team';
import { formatSyncFailure, SyncError } from '#shared/sync/syncError';
import { unlockTeamKey } from '#shared/sync/teamKey';
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

type StoreName = 'target' | 'journal';

/**
 * The page names keys; main touches only keys of the sync layout (docs/sync-format.md §2): the
 * journal holds this installation's batches, and the only thing deleted on a target is a device's
 * info file (replaced on every sync). Anything else is refused before a store sees it.
 */
function assertLayoutKey(store: StoreName, key: string, operation: 'read' | 'write' | 'delete'): void {
  const parsed = parseKey(key);
  const allowed =
    parsed !== null &&
    (store === 'journal' ? parsed.kind === 'batch' : operation !== 'delete' || parsed.kind === 'info');
  if (!allowed)
    throw new SyncError('outside-root', `${key} is not a key the sync layout lets this device ${operation}`);
}

function assertLayoutPrefix(prefix: string): void {
  if (!isLayoutPrefix(prefix)) throw new SyncError('outside-root', `${prefix} is not a folder of the sync layout`);
}

/**
 * The `sync:*` handlers: main offers the blob-store operations of the target and of the own
 * journal; the renderer runs the protocol. Secrets never leave main except the passphrase, which
 * the renderer needs to unlock the team key.
 */
export function createSyncHandlers(config: SyncConfigService): Pick<Handlers, SyncChannel> {
  const storeOf = (name: StoreName): Promise<BlobStore> =>
    name === 'target' ? config.openTarget() : config.openJournal();
  return {
    'sync:get-config': () => config.get(),
    'sync:configure': (input) => guarded(() => config.configure(input)),
    'sync:set-team': ({ teamId }) => guarded(() => config.setTeam(teamId)),
    'sync:passphrase': async () => ({ passphrase: await config.passphrase() }),
    'sync:test-connection': ({ target, allowPlainHttp, passphrase }) =>
      guarded(async () => {
        const store = await config.openTarget(target, { allowPlainHttp });
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
        if (team.encryption !== null) {
          // The test answers what a sync would: a reachable target with a passphrase that does not open the key fails.
          const typed = passphrase === undefined || passphrase === '' ? await config.passphrase() : passphrase;
          if (typed === null || typed === '')
            throw new SyncError('passphrase-required', 'the team is encrypted and no passphrase was given');
          await unlockTeamKey(team.teamId, team.encryption, typed);
        }
        return {
          state: 'team' as const,
          teamId: team.teamId,
          teamName: team.teamName,
          encrypted: team.encryption !== null,
          objects,
        };
      }),
    'sync:list': ({ store, prefix }) =>
      guarded(async () => {
        assertLayoutPrefix(prefix);
        return { entries: [...(await (await storeOf(store)).list(prefix))] };
      }),
    'sync:get': ({ store, key }) =>
      guarded(async () => {
        assertLayoutKey(store, key, 'read');
        return { bytes: await (await storeOf(store)).get(key) };
      }),
    'sync:put-if-absent': ({ store, key, bytes }) =>
      guarded(async () => {
        assertLayoutKey(store, key, 'write');
        return { result: await (await storeOf(store)).putIfAbsent(key, bytes) };
      }),
    'sync:delete': ({ store, key }) =>
      guarded(async () => {
        assertLayoutKey(store, key, 'delete');
        await (await storeOf(store)).delete(key);
        return { deleted: true as const };
      }),
  };
}
