import type { BlobStore } from './blobStore.ts';
import { sha256Hex } from './bytes.ts';
import { compareHlc } from './hlc.ts';
import { batchKey, parseKey, snapshotKey } from './layout.ts';
import type { LogProblem, ProgressTracker } from './progress.ts';
import type { Cursor, LocalReplica } from './replica.ts';
import { decodeSnapshot, encodeSnapshot } from './snapshotCodec.ts';
import { SyncError } from './syncError.ts';
import type { TeamKey } from './teamKey.ts';

/** What writing and loading snapshots need. */
export type SnapshotContext = Readonly<{
  target: BlobStore;
  replica: LocalReplica;
  teamId: string;
  key: TeamKey | null;
  device: string;
  appVersion: string;
  now: () => number;
  progress: ProgressTracker;
  problems: LogProblem[];
}>;

/** `_meta` key: the sum of the cursors' seqs when this device last wrote or loaded a snapshot. */
const snapshotBaseKey = 'syncSnapshotBase';

const seqSum = (cursors: Readonly<Record<string, Cursor>>) =>
  Object.values(cursors).reduce((sum, cursor) => sum + cursor.seq, 0);

/**
 * Writes `snapshots/<dev>/<hlc>.snap` when at least `every` batches were applied or sealed since the
 * last snapshot this device wrote or loaded. The snapshot's HLC is the newest field clock it holds.
 * Nothing is written while local changes wait to be sealed (the state would not be that of its
 * vector). Logs are never deleted: other devices' cursors may stand below any snapshot.
 */
export async function maybeWriteSnapshot(context: SnapshotContext, every: number): Promise<string | null> {
  const cursors = await context.replica.cursors();
  const base = await context.replica.getMeta(snapshotBaseKey);
  const since = seqSum(cursors) - (typeof base === 'number' ? base : 0);
  if (!(every > 0) || since < every) return null;
  const state = await context.replica.exportState();
  if (state === null || state.records.length === 0) return null;
  let hlc: string | null = null;
  for (const record of state.records)
    for (const clock of Object.values(record.clocks)) if (hlc === null || compareHlc(clock, hlc) > 0) hlc = clock;
  if (hlc === null) return null;
  const vector: Record<string, number> = {};
  for (const [device, cursor] of Object.entries(state.cursors)) if (cursor.seq > 0) vector[device] = cursor.seq;
  const bytes = await encodeSnapshot(
    {
      team: context.teamId,
      device: context.device,
      hlc,
      vector,
      records: state.records,
      createdAt: new Date(context.now()).toISOString(),
      appVersion: context.appVersion,
    },
    context.key,
  );
  const key = snapshotKey(context.device, hlc);
  // 'exists': this device already wrote a snapshot of the same newest change; that one serves.
  await context.target.putIfAbsent(key, bytes);
  await context.replica.setMeta(snapshotBaseKey, seqSum(state.cursors));
  context.progress.files += 1;
  context.progress.bytes += bytes.length;
  context.progress.emit();
  return key;
}

/**
 * For a device with no state: loads the newest valid snapshot on the target, so the logs are then
 * pulled from `vector[dev] + 1` on. A snapshot that is corrupt, of another team, or whose vector
 * names a batch the target lacks is reported and passed over for the next older one; with none
 * usable, the logs are read from the start. Returns the number of records loaded.
 */
export async function loadNewestSnapshot(context: SnapshotContext): Promise<number> {
  if (!(await context.replica.isEmpty())) return 0;
  const found = (await context.target.list('snapshots/'))
    .map((entry) => ({ key: entry.key, parsed: parseKey(entry.key) }))
    .flatMap(({ key, parsed }) => (parsed?.kind === 'snapshot' ? [{ key, ...parsed }] : []))
    .sort((a, b) => compareHlc(b.hlc, a.hlc) || (a.key < b.key ? 1 : -1));
  for (const candidate of found) {
    const reject = (detail: string) =>
      context.problems.push({
        device: candidate.device,
        seq: 0,
        kind: 'snapshotCorrupt',
        detail: `${candidate.key}: ${detail}; the logs are read instead`,
        subject: candidate.key,
      });
    const bytes = await context.target.get(candidate.key);
    if (bytes === null) continue;
    context.progress.files += 1;
    context.progress.bytes += bytes.length;
    context.progress.emit();
    let snapshot;
    try {
      snapshot = await decodeSnapshot(bytes, context.key, {
        team: context.teamId,
        device: candidate.device,
        hlc: candidate.hlc,
      });
    } catch (error) {
      if (!(error instanceof SyncError) || error.code !== 'corrupt-batch') throw error;
      reject(error.message);
      continue;
    }
    // The vector holds seqs only; the hash of each named batch continues the chain check from there.
    const cursors: Record<string, Cursor> = {};
    let usable = true;
    for (const [device, seq] of Object.entries(snapshot.header.vector)) {
      const batch = await context.target.get(batchKey(device, seq));
      if (batch === null) {
        reject(`batch ${seq} of ${device} named in its vector is not on the target`);
        usable = false;
        break;
      }
      cursors[device] = { seq, hash: await sha256Hex(batch) };
    }
    if (!usable) continue;
    if (!(await context.replica.loadState({ records: snapshot.records, cursors }))) return 0;
    await context.replica.setMeta(snapshotBaseKey, seqSum(cursors));
    context.progress.records += snapshot.records.length;
    context.progress.emit();
    return snapshot.records.length;
  }
  return 0;
}
