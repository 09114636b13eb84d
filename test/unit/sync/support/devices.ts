import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryAttachments, type MemoryAttachments } from '#shared/sync/attachments';
import type { BlobStore } from '#shared/sync/blobStore';
import { createSyncEngine, type SyncEngine } from '#shared/sync/engine';
import type { OpenTeam } from '#shared/sync/team';
import { createFolderStore } from '../../../../main/src/services/sync/folderStore.ts';
import { createMemoryReplica, type MemoryReplica } from './memoryReplica.ts';

/** A simulated device: a replica, a journal folder of its own and an engine on a target. */
export type TestDevice = {
  replica: MemoryReplica;
  attachments: MemoryAttachments;
  journal: BlobStore;
  journalPath: string;
  engine: SyncEngine;
  wall: number;
};

const made: string[] = [];

/** Makes a temp folder, removed by `removeTempFolders`. */
export async function tempFolder(name: string): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), `kakehashi-${name}-`));
  made.push(path);
  return path;
}

/** Removes every temp folder made so far (call in afterAll). */
export async function removeTempFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((path) => rm(path, { recursive: true, force: true })));
}

/** Creates a device on a target with its own journal folder and a settable wall clock. */
export async function createTestDevice(
  device: string,
  target: BlobStore,
  team: OpenTeam,
  options: {
    wall?: number;
    journalPath?: string;
    replica?: MemoryReplica;
    snapshotAfterBatches?: number;
    loadSnapshots?: boolean;
  } = {},
): Promise<TestDevice> {
  const journalPath = options.journalPath ?? (await tempFolder(`journal-${device}`));
  const journal = createFolderStore({ root: journalPath, createRoot: true });
  const state = { wall: options.wall ?? 1_764_547_200_000 };
  const replica = options.replica ?? createMemoryReplica(device, () => state.wall);
  const attachments = createMemoryAttachments();
  const testDevice: TestDevice = {
    replica,
    attachments,
    journal,
    journalPath,
    engine: createSyncEngine({
      target,
      journal,
      replica,
      attachments,
      team,
      device,
      deviceName: `${device} PC`,
      appVersion: '0.1.0',
      now: () => state.wall,
      maxChangesPerBatch: 2,
      snapshotAfterBatches: options.snapshotAfterBatches ?? 0,
      loadSnapshots: options.loadSnapshots ?? true,
    }),
    get wall() {
      return state.wall;
    },
    set wall(value: number) {
      state.wall = value;
    },
  };
  return testDevice;
}
