import type { LocalAttachments } from './attachments.ts';
import { decodeBatch } from './batchCodec.ts';
import type { BlobStore } from './blobStore.ts';
import { downloadBlobs, uploadBlobs, type BlobContext, type TargetBlobs } from './blobSync.ts';
import { fromUtf8, utf8 } from './bytes.ts';
import { heldProblems } from './heldProblems.ts';
import { devicesPrefix, infoKey, logPrefix } from './layout.ts';
import {
  createProgressTracker,
  throwIfCancelled,
  type CancelSignal,
  type DeviceSeen,
  type SyncProgress,
  type SyncReport,
} from './progress.ts';
import { pullDevice, seqsByDevice, type PullOutcome } from './pull.ts';
import { sealOutbox, uploadJournal } from './push.ts';
import type { LocalReplica } from './replica.ts';
import { loadNewestSnapshot, maybeWriteSnapshot, type SnapshotContext } from './snapshots.ts';
import { SyncError } from './syncError.ts';
import { syncFormatVersion } from './teamFile.ts';
import { assertSameTeam, readTeamFile, type OpenTeam } from './team.ts';

/** What the sync engine works with. */
export type SyncEngineDeps = Readonly<{
  /** The shared target (folder, WebDAV, S3, memory). */
  target: BlobStore;
  /** This device's own journal in its user-data folder (same layout as the target). */
  journal: BlobStore;
  replica: LocalReplica;
  /** This device's attachment bytes (main's attachment store in the app). */
  attachments: LocalAttachments;
  team: OpenTeam;
  device: string;
  deviceName: string;
  appVersion: string;
  now: () => number;
  /** Batches dated further ahead than this are quarantined (default one day, as the HLC). */
  maxDriftMs?: number;
  maxChangesPerBatch?: number;
  /**
   * A snapshot is written after a sync once this many batches were applied or sealed since the
   * last one this device wrote or loaded (default 100; 0 never writes one).
   */
  snapshotAfterBatches?: number;
  /** Whether a device with no state starts from the newest snapshot (default true). */
  loadSnapshots?: boolean;
}>;

/** Options of one run. */
export type SyncRunOptions = Readonly<{
  signal?: CancelSignal;
  onProgress?: (progress: SyncProgress) => void;
}>;

/** The protocol engine: one `sync` runs journal → seal → upload → pull → info. */
export type SyncEngine = Readonly<{
  /** Seals local changes into the journal only (works without the target). */
  sealLocal(options?: SyncRunOptions): Promise<number>;
  /** One full sync with the target. */
  sync(options?: SyncRunOptions): Promise<SyncReport>;
}>;

const defaultDrift = 24 * 60 * 60 * 1000;

/** The `_meta` key prefix of the key id a device has seen its team encrypted with. */
export const teamKeyMetaPrefix = 'syncTeamKeyId:';

/** The `_meta` key of the app version that last tried the held values again. */
export const heldRetriedMetaKey = 'syncHeldRetriedBy';
const defaultSnapshotAfterBatches = 100;

type DeviceInfo = { name?: unknown; lastSeen?: unknown };

async function readInfo(target: BlobStore, device: string): Promise<DeviceInfo> {
  try {
    const bytes = await target.get(infoKey(device));
    return bytes === null ? {} : (JSON.parse(fromUtf8(bytes)) as DeviceInfo);
  } catch {
    return {};
  }
}

/** Creates the sync engine for one device and team. */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const teamId = deps.team.file.teamId;
  const key = deps.team.key;
  const maxDriftMs = deps.maxDriftMs ?? defaultDrift;

  const context = (signal: CancelSignal | undefined, progress: ReturnType<typeof createProgressTracker>) => ({
    journal: deps.journal,
    replica: deps.replica,
    device: deps.device,
    teamId,
    key,
    appVersion: deps.appVersion,
    now: deps.now,
    maxChangesPerBatch: deps.maxChangesPerBatch ?? 5_000,
    maxDriftMs,
    signal,
    progress,
  });

  /**
   * Applies the journal's (or the target's) batches of this installation above their cursors: a
   * rebuilt database, or a crash after a journal write. The journal may hold logs of earlier device
   * ids of this installation (a wiped database gets a new id); they are taken in and relayed too.
   */
  async function takeInLogs(
    source: BlobStore,
    devices: readonly string[] | null,
    ctx: ReturnType<typeof context>,
    outcome: PullOutcome,
  ) {
    const listing = seqsByDevice(
      await source.list(devices?.length === 1 ? logPrefix(devices[0] ?? '') : devicesPrefix),
    );
    const cursors = await deps.replica.cursors();
    for (const [device, seqs] of listing) {
      if (devices !== null && !devices.includes(device)) continue;
      await pullDevice({ ...ctx, source }, device, seqs, cursors[device], outcome);
    }
  }

  /** The changes of a journal batch (for the blobs it references); a damaged one references none. */
  async function batchChanges(bytes: Uint8Array, device: string, seq: number) {
    try {
      return (await decodeBatch(bytes, key, { team: teamId, device, seq })).changes;
    } catch (error) {
      if (error instanceof SyncError && error.code === 'corrupt-batch') return [];
      throw error;
    }
  }

  /**
   * A device that has seen this team encrypted refuses it without encryption: a replaced team.json
   * must not make it read plain batches or seal its own changes in clear. What it saw is kept in the
   * replica's `_meta` (`syncTeamKeyId:<teamId>`), so this holds across restarts.
   */
  async function assertNoDowngrade() {
    const metaKey = `${teamKeyMetaPrefix}${teamId}`;
    const known = await deps.replica.getMeta(metaKey);
    if (typeof known === 'string' && key === null) {
      throw new SyncError(
        'encryption-removed',
        `team ${teamId} was encrypted (key ${known}); its team.json now has no encryption: not syncing`,
      );
    }
    if (key !== null && known !== key.keyId) await deps.replica.setMeta(metaKey, key.keyId);
  }

  /**
   * Values held aside (a newer device's, or refused) are tried again once per app version: after an
   * upgrade, what the new version accepts applies; the rest stays held.
   */
  async function retryHeldAfterUpgrade(outcome: PullOutcome) {
    if (deps.replica.retryHeld === undefined) return;
    if ((await deps.replica.getMeta(heldRetriedMetaKey)) === deps.appVersion) return;
    const retried = await deps.replica.retryHeld();
    outcome.records += retried.records;
    outcome.conflicts.push(...retried.conflicts);
    await deps.replica.setMeta(heldRetriedMetaKey, deps.appVersion);
  }

  const journalDevices = async () => [...seqsByDevice(await deps.journal.list(devicesPrefix)).keys()];

  /** Starts a run: its progress, context and outcome, with the journal's batches taken in first. */
  async function begin(options: SyncRunOptions) {
    await assertNoDowngrade();
    const progress = createProgressTracker(options.onProgress);
    const ctx = context(options.signal, progress);
    const outcome: PullOutcome = { batches: 0, records: 0, conflicts: [], problems: [] };
    await takeInLogs(deps.journal, null, ctx, outcome);
    return { progress, ctx, outcome };
  }

  async function sealLocal(options: SyncRunOptions = {}): Promise<number> {
    const { progress, ctx } = await begin(options);
    progress.phase = 'seal';
    return sealOutbox(ctx);
  }

  async function sync(options: SyncRunOptions = {}): Promise<SyncReport> {
    const { progress, ctx, outcome } = await begin(options);
    const shared = {
      target: deps.target,
      replica: deps.replica,
      key,
      device: deps.device,
      progress,
      problems: outcome.problems,
    };
    const snapshots: SnapshotContext = { ...shared, teamId, appVersion: deps.appVersion, now: deps.now };
    const blobs: BlobContext = { ...shared, attachments: deps.attachments, signal: options.signal };
    // Local changes go to the journal before the target is touched: an unreachable target loses nothing.
    let targetFailure: Error | null = null;
    try {
      assertSameTeam(await readTeamFile(deps.target), deps.team);
      progress.phase = 'pull';
      if (deps.loadSnapshots !== false) outcome.records += await loadNewestSnapshot(snapshots);
      await takeInLogs(deps.target, [deps.device], ctx, outcome);
    } catch (error) {
      targetFailure = error instanceof Error ? error : new Error(String(error));
    }
    progress.phase = 'seal';
    const sealed = await sealOutbox(ctx);
    if (targetFailure !== null) throw targetFailure;

    progress.phase = 'upload';
    let uploaded = 0;
    const seen: TargetBlobs = { keys: null };
    for (const device of await journalDevices()) {
      uploaded += await uploadJournal(ctx, deps.target, outcome.problems, device, async (seq, bytes) => {
        await uploadBlobs(blobs, seq, await batchChanges(bytes, device, seq), seen);
      });
    }

    progress.phase = 'pull';
    const listing = seqsByDevice(await deps.target.list(devicesPrefix));
    const cursors = await deps.replica.cursors();
    for (const [device, seqs] of listing) {
      if (device === deps.device) continue;
      const from = cursors[device]?.seq ?? 0;
      progress.filesTotal += [...seqs.keys()].filter((seq) => seq > from).length;
    }
    progress.emit();
    await retryHeldAfterUpgrade(outcome);
    for (const [device, seqs] of listing) {
      if (device === deps.device) continue;
      await pullDevice({ ...ctx, source: deps.target }, device, seqs, cursors[device], outcome);
    }
    outcome.problems.push(...heldProblems((await deps.replica.heldChanges?.()) ?? []));
    // Bytes of every live attachment record this device lacks: from this pull, an earlier one whose
    // blob had not arrived yet, or a loaded snapshot.
    const blobsStored = await downloadBlobs(blobs);
    throwIfCancelled(options.signal);
    const snapshot = await maybeWriteSnapshot(snapshots, deps.snapshotAfterBatches ?? defaultSnapshotAfterBatches);

    const devices: DeviceSeen[] = [];
    for (const [device, seqs] of listing) {
      if (device === deps.device) continue;
      const info = await readInfo(deps.target, device);
      devices.push({
        device,
        name: typeof info.name === 'string' ? info.name : null,
        lastSeen: typeof info.lastSeen === 'string' ? info.lastSeen : null,
        lastSeq: Math.max(0, ...seqs.keys()),
      });
    }
    const own = (await deps.replica.cursors())[deps.device]?.seq ?? 0;
    const info = {
      device: deps.device,
      name: deps.deviceName,
      appVersion: deps.appVersion,
      formatVersion: syncFormatVersion,
      lastSeen: new Date(deps.now()).toISOString(),
      lastSeq: own,
    };
    // Owner-only file: replaced by delete + create (the store offers no overwrite).
    await deps.target.delete(infoKey(deps.device));
    await deps.target.putIfAbsent(infoKey(deps.device), utf8(JSON.stringify(info)));
    progress.phase = 'done';
    progress.emit();
    return {
      sealed,
      uploaded,
      pulled: outcome.batches,
      records: outcome.records,
      bytes: progress.bytes,
      blobs: blobsStored,
      snapshot,
      conflicts: outcome.conflicts,
      problems: outcome.problems,
      devices,
    };
  }

  return { sealLocal, sync };
}
