import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '#shared/contract/dispatch';
import type { SyncProgress } from '#shared/sync/progress';
import { SyncError } from '#shared/sync/syncError';
import { createTeam } from '#shared/sync/team';
import { formatHlc } from '#shared/sync/hlc';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';
import { createSyncConfigService } from '../../../main/src/services/sync/syncConfigService.ts';
import { createSyncHandlers } from '../../../main/src/services/sync/syncHandlers.ts';
import { createProcessSecretBox } from '../../../main/src/services/sync/testSecretBox.ts';
import { applyRemoteChanges } from '../../../renderer/src/db/applyRemote.ts';
import { clockMetaKey } from '../../../renderer/src/db/captureMiddleware.ts';
import { openKakehashiDb, type KakehashiDb } from '../../../renderer/src/db/database.ts';
import { countOutbox } from '../../../renderer/src/db/outbox.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { installHostTransport, type HostTransport } from '../../../renderer/src/host/host.ts';
import { createSyncRunner, lastSyncMetaKey, type LastSync } from '../../../renderer/src/features/sync/syncRunner.ts';
import { createSyncWorkerClient, type SyncWorkerClient } from '../../../renderer/src/features/sync/syncWorkerClient.ts';
import { serveSyncWorker } from '../../../renderer/src/features/sync/syncWorkerCore.ts';
import { removeTempFolders, tempFolder } from './support/devices.ts';

// The page and the sync worker as two Dexie instances of one database, talking over a real
// MessageChannel the way the app's page and worker do; main's real sync handlers behind the page.

const indexedDB = new IDBFactory();
const open = (name: string, now?: () => number) =>
  openKakehashiDb({ name, indexedDB, IDBKeyRange, ...(now === undefined ? {} : { now }) });

/** Main's sync handlers for one device, with its own user-data folder, configured for `folder`. */
async function mainProcess(folder: string, deviceName: string): Promise<HostTransport> {
  const handlers = {
    'app:info': () => ({ version: '0.1.0', platform: 'linux', userDataPath: '/x', runtime: 'browser-harness' }),
    ...createSyncHandlers(
      createSyncConfigService({
        userDataPath: await tempFolder('userdata'),
        secretBox: createProcessSecretBox(),
        // The user answers "use this folder" to main's question about a typed path.
        confirmFolder: () => Promise.resolve(true),
      }),
    ),
  } as Partial<Handlers> as Handlers;
  const host: HostTransport = {
    invoke: (channel, input) =>
      dispatch({ handlers, isTrustedSender: () => true }, channel, input, { senderUrl: 'test' }),
  };
  await host.invoke('sync:configure', {
    target: { kind: 'folder', path: folder },
    deviceName,
    autoSyncMinutes: 0,
    passphrase: null,
  });
  return host;
}

/** A worker stand-in: the real worker wiring on one end of a MessageChannel, the client on the other. */
function startWorker(workerDb: KakehashiDb, host: HostTransport): SyncWorkerClient {
  const channel = new MessageChannel();
  serveSyncWorker(
    {
      addEventListener: (type, listener) => {
        channel.port2.addEventListener(type, listener as (event: Event) => void);
        channel.port2.start();
      },
      postMessage: (event) => channel.port2.postMessage(event),
    },
    Promise.resolve(createSyncRunner(workerDb)),
  );
  channel.port1.start();
  return createSyncWorkerClient(
    {
      postMessage: (message, transfer) => channel.port1.postMessage(message, transfer),
      addEventListener: (type: 'message' | 'error', listener: (event: never) => void) =>
        channel.port1.addEventListener(type, listener as (event: Event) => void),
      terminate: () => {
        channel.port1.close();
        channel.port2.close();
      },
    },
    host,
  );
}

const clients: SyncWorkerClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
  installHostTransport(null);
});
afterAll(removeTempFolders);

describe('sync in a worker', () => {
  it('applies a peer’s records from the worker, seals the page’s edits, and reports progress', async () => {
    const folder = await tempFolder('share');
    // Device A syncs first, on its own (its runner talks to its main process directly).
    const a = await open('worker-a');
    const made = await createRepositories(a).companies.create({ name: '置賜の食品会社', kind: 'foodMaker' });
    installHostTransport(await mainProcess(folder, '事務所PC'));
    await createSyncRunner(a).run({});
    installHostTransport(null);

    // Device B: the page's database and the worker's, one IndexedDB database.
    const page = await open('worker-b');
    const worker = await open('worker-b');
    const client = startWorker(worker, await mainProcess(folder, 'ノートPC'));
    clients.push(client);
    const progress: SyncProgress[] = [];
    const report = await client.run({ onProgress: (step) => progress.push(step) });
    expect(report.pulled).toBe(1);
    expect(report.records).toBe(1);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', files: 1, records: 1 });
    expect(progress.at(-1)?.bytes).toBeGreaterThan(0);
    // The page reads what the worker wrote; applying it captured nothing to send back out.
    expect((await createRepositories(page).companies.get(made.id))?.name).toBe('置賜の食品会社');
    expect(await countOutbox(page)).toBe(0);
    expect(((await page._meta.get(lastSyncMetaKey))?.value as LastSync).report?.records).toBe(1);

    // An edit on the page is captured there and sealed by the worker's next run.
    await createRepositories(page).companies.update(made.id, { notes: 'ノートPCで追記' });
    expect(await countOutbox(page)).toBe(1);
    expect((await client.run({})).sealed).toBe(1);
    expect(await countOutbox(page)).toBe(0);
  });

  it('keeps the SyncError code of a failed run and stops a cancelled one', async () => {
    const folder = await tempFolder('share');
    const host = await mainProcess(folder, 'ノートPC');
    const page = await open('worker-c');
    const client = startWorker(await open('worker-c'), host);
    clients.push(client);
    await createRepositories(page).companies.create({ name: '最上の農業法人', kind: 'agriCorporation' });

    const abort = new AbortController();
    abort.abort();
    const cancelled = await client.run({ signal: abort.signal }).catch((error: unknown) => error);
    expect(cancelled).toBeInstanceOf(SyncError);
    expect((cancelled as SyncError).code).toBe('cancelled');
    // Nothing half-done: the edit still waits in the outbox, and the screen shows the cancel.
    expect(await countOutbox(page)).toBe(1);
    expect(((await page._meta.get(lastSyncMetaKey))?.value as LastSync).error?.code).toBe('cancelled');

    await client.run({});
    // The target now belongs to another team than the one this device joined.
    const other = await tempFolder('other');
    await createTeam(createFolderStore({ root: other }), {
      teamId: 'another-team',
      teamName: '別チーム',
      passphrase: null,
      appVersion: '0.1.0',
      now: () => new Date(),
    });
    await host.invoke('sync:configure', {
      target: { kind: 'folder', path: other },
      deviceName: 'ノートPC',
      autoSyncMinutes: 0,
    });
    const refused = await client.run({}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SyncError);
    expect((refused as SyncError).code).toBe('other-team');
  });

  it('never moves the persisted clock back behind the page’s while the worker applies changes', async () => {
    const worker = await open('worker-d');
    // The page's wall clock runs an hour ahead of the worker's.
    const page = await open('worker-d', () => Date.now() + 3_600_000);
    await createRepositories(page).companies.create({ name: '村山の研究会', kind: 'farmer' });
    const pageClock = String((await page._meta.get(clockMetaKey))?.value);
    await applyRemoteChanges(worker, (writer) => {
      writer.observe(formatHlc({ ms: Date.now(), counter: 0, device: 'PEER' }));
      return Promise.resolve();
    });
    const persisted = String((await page._meta.get(clockMetaKey))?.value);
    expect(persisted >= pageClock).toBe(true);
  });
});
