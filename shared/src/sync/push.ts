import { encodeBatch } from './batchCodec.ts';
import type { BlobStore } from './blobStore.ts';
import { equalBytes } from './bytes.ts';
import { batchKey, logPrefix } from './layout.ts';
import { throwIfCancelled, type CancelSignal, type LogProblem, type ProgressTracker } from './progress.ts';
import { seqsByDevice } from './pull.ts';
import { noCursor, type Cursor, type LocalReplica } from './replica.ts';
import { SyncError } from './syncError.ts';
import type { TeamKey } from './teamKey.ts';

/** What sealing and uploading need. */
export type PushContext = Readonly<{
  journal: BlobStore;
  replica: LocalReplica;
  device: string;
  teamId: string;
  key: TeamKey | null;
  appVersion: string;
  now: () => number;
  maxChangesPerBatch: number;
  signal: CancelSignal | undefined;
  progress: ProgressTracker;
}>;

/**
 * Seals pending `_outbox` rows into batches: each is written to the journal first, then the rows
 * are removed and the own cursor moved in one transaction. A crash in between leaves a journal
 * batch above the cursor, which the next sync applies (its changes are already here, so nothing
 * changes) before sealing again.
 */
export async function sealOutbox(context: PushContext): Promise<number> {
  let sealed = 0;
  let cursor: Cursor = (await context.replica.cursors())[context.device] ?? noCursor;
  for (;;) {
    throwIfCancelled(context.signal);
    const take = await context.replica.takeOutbox(context.maxChangesPerBatch);
    if (take === null || take.changes.length === 0) return sealed;
    const seq = cursor.seq + 1;
    const batch = await encodeBatch(
      {
        team: context.teamId,
        device: context.device,
        seq,
        prev: cursor.hash,
        changes: take.changes,
        createdAt: new Date(context.now()).toISOString(),
        appVersion: context.appVersion,
      },
      context.key,
    );
    if ((await context.journal.putIfAbsent(batchKey(context.device, seq), batch.bytes)) === 'exists') {
      throw new SyncError('io-failed', `journal already holds batch ${seq}; sync again to take it in first`);
    }
    cursor = { seq, hash: batch.hash };
    await context.replica.commitSealed(take.keys, context.device, cursor);
    sealed += 1;
    context.progress.records += take.changes.length;
    context.progress.emit();
  }
}

/**
 * Uploads every journal batch the target lacks, oldest first, so the target never shows a gap
 * for long. A different file already at the same key means a second machine uses this device id.
 * `beforeBatch` runs before each upload (the blobs the batch references go first).
 */
export async function uploadJournal(
  context: PushContext,
  target: BlobStore,
  problems: LogProblem[],
  own: string,
  beforeBatch: (seq: number, bytes: Uint8Array) => Promise<void> = () => Promise.resolve(),
): Promise<number> {
  const local = seqsByDevice(await context.journal.list(logPrefix(own))).get(own) ?? new Map<number, number>();
  const remote = seqsByDevice(await target.list(logPrefix(own))).get(own) ?? new Map<number, number>();
  // The newest batch both hold must be the same file, or another machine writes with this id.
  const shared = [...local.keys()].filter((seq) => remote.has(seq));
  if (shared.length > 0) {
    const seq = Math.max(...shared);
    const mine = await context.journal.get(batchKey(own, seq));
    const there = await target.get(batchKey(own, seq));
    if (mine !== null && there !== null && !equalBytes(mine, there)) {
      problems.push({
        device: own,
        seq,
        kind: 'fork',
        detail: 'another machine wrote this batch with the same device id',
      });
      return 0;
    }
  }
  const missing = [...local.keys()].filter((seq) => !remote.has(seq)).sort((a, b) => a - b);
  context.progress.filesTotal += missing.length;
  let uploaded = 0;
  for (const seq of missing) {
    throwIfCancelled(context.signal);
    const bytes = await context.journal.get(batchKey(own, seq));
    if (bytes === null) continue;
    await beforeBatch(seq, bytes);
    if ((await target.putIfAbsent(batchKey(own, seq), bytes)) === 'exists') {
      const there = await target.get(batchKey(own, seq));
      if (there === null || !equalBytes(there, bytes)) {
        problems.push({
          device: own,
          seq,
          kind: 'fork',
          detail: 'another machine wrote this batch with the same device id',
        });
        return uploaded;
      }
    }
    uploaded += 1;
    context.progress.files += 1;
    context.progress.bytes += bytes.length;
    context.progress.emit();
  }
  return uploaded;
}
