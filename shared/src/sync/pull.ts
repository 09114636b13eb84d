import { isNewerAppVersion } from './appVersion.ts';
import { changeOutsideHeader, decodeBatch } from './batchCodec.ts';
import type { Change } from './change.ts';
import type { BlobEntry, BlobStore } from './blobStore.ts';
import { batchKey, parseKey } from './layout.ts';
import type { FieldConflict } from './merge.ts';
import { parseHlc } from './hlc.ts';
import { throwIfCancelled, type CancelSignal, type LogProblem, type ProgressTracker } from './progress.ts';
import { noCursor, type Cursor, type LocalReplica } from './replica.ts';
import { SyncError } from './syncError.ts';
import type { TeamKey } from './teamKey.ts';

/** What pulling one device's log needs. */
export type PullContext = Readonly<{
  source: BlobStore;
  replica: LocalReplica;
  teamId: string;
  key: TeamKey | null;
  now: () => number;
  maxDriftMs: number;
  /** This app's version: a batch from a newer one may carry values this version refuses. */
  appVersion: string;
  signal: CancelSignal | undefined;
  progress: ProgressTracker;
}>;

/** What pulling did. */
export type PullOutcome = {
  batches: number;
  records: number;
  conflicts: FieldConflict[];
  problems: LogProblem[];
};

/** The batch sequence numbers per device found in a listing. */
export function seqsByDevice(entries: readonly BlobEntry[]): Map<string, Map<number, number>> {
  const byDevice = new Map<string, Map<number, number>>();
  for (const entry of entries) {
    const parsed = parseKey(entry.key);
    if (parsed?.kind !== 'batch') continue;
    const seqs = byDevice.get(parsed.device) ?? new Map<number, number>();
    seqs.set(parsed.seq, entry.size);
    byDevice.set(parsed.device, seqs);
  }
  return byDevice;
}

/** The greatest wall-clock time of a header's `hlcMax` and every change's HLC. */
function latestMs(hlcMax: string, changes: readonly Change[]): number {
  let max = parseHlc(hlcMax)?.ms ?? 0;
  for (const change of changes) max = Math.max(max, parseHlc(change.hlc)?.ms ?? 0);
  return max;
}

/**
 * Applies a device's batches from `cursor.seq + 1` on, one at a time, each with its cursor in one
 * transaction. Stops — without skipping — at a gap, a corrupt file, a broken chain or a batch
 * from the far future; those are returned as problems.
 */
export async function pullDevice(
  context: PullContext,
  device: string,
  seqs: ReadonlyMap<number, number>,
  start: Cursor | undefined,
  outcome: PullOutcome,
): Promise<void> {
  let cursor = start ?? noCursor;
  const highest = Math.max(0, ...seqs.keys());
  while (cursor.seq < highest) {
    throwIfCancelled(context.signal);
    const seq = cursor.seq + 1;
    const problem = (kind: LogProblem['kind'], detail: string) => outcome.problems.push({ device, seq, kind, detail });
    const bytes = seqs.has(seq) ? await context.source.get(batchKey(device, seq)) : null;
    if (bytes === null) {
      problem('gap', `batch ${seq} is missing while ${highest} exists; waiting for it`);
      return;
    }
    let batch;
    try {
      batch = await decodeBatch(bytes, context.key, {
        team: context.teamId,
        device,
        seq,
      });
    } catch (error) {
      if (error instanceof SyncError && error.code === 'corrupt-batch') {
        problem('corrupt', error.message);
        return;
      }
      throw error;
    }
    if (batch.header.prev !== cursor.hash) {
      problem('fork', `batch ${seq} does not follow the batch applied before it (two machines with one device id?)`);
      return;
    }
    // Every change's clock, not only the header's: a change dated far ahead would beat every later
    // real edit on every device.
    const maxMs = latestMs(batch.header.hlcMax, batch.changes);
    if (maxMs > context.now() + context.maxDriftMs) {
      problem('quarantined', `batch ${seq} is dated ${new Date(maxMs).toISOString()}, beyond this clock`);
      return;
    }
    const outside = changeOutsideHeader(batch.header, batch.changes);
    if (outside !== null) {
      problem('corrupt', `batch ${seq}: ${outside}`);
      return;
    }
    const next: Cursor = { seq, hash: batch.hash };
    const applied = await context.replica.applyBatch(device, next, batch.changes, {
      seq,
      newerVersion: isNewerAppVersion(batch.header.appVersion, context.appVersion),
    });
    cursor = next;
    outcome.batches += 1;
    outcome.records += applied.records;
    outcome.conflicts.push(...applied.conflicts);
    context.progress.files += 1;
    context.progress.bytes += bytes.length;
    context.progress.records += batch.changes.length;
    context.progress.emit();
  }
}
