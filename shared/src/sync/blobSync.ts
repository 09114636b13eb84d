import type { LocalAttachments } from './attachments.ts';
import type { BlobStore } from './blobStore.ts';
import { blobNameOf, decodeBlob, encodeBlob } from './blobCodec.ts';
import { sha256Hex } from './bytes.ts';
import type { Change } from './change.ts';
import { blobKey } from './layout.ts';
import { throwIfCancelled, type CancelSignal, type LogProblem, type ProgressTracker } from './progress.ts';
import type { LocalReplica } from './replica.ts';
import { SyncError } from './syncError.ts';
import type { TeamKey } from './teamKey.ts';

/** What moving attachment bytes needs. */
export type BlobContext = Readonly<{
  target: BlobStore;
  attachments: LocalAttachments;
  replica: LocalReplica;
  key: TeamKey | null;
  device: string;
  signal: CancelSignal | undefined;
  progress: ProgressTracker;
  problems: LogProblem[];
}>;

/** The attachments a batch's changes create or re-point: hash → name (as far as the change says). */
export function referencedBlobs(changes: readonly Change[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const change of changes) {
    if (change.table !== 'attachments') continue;
    const { sha256, name } = change.fields;
    if (typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256))
      out.set(sha256, typeof name === 'string' ? name : sha256);
  }
  return out;
}

/** The blob keys present on the target, listed once per sync when first needed. */
export type TargetBlobs = { keys: Set<string> | null };

/**
 * Uploads the blobs referenced by one batch that the target lacks, before that batch is uploaded
 * (docs/sync-format.md §4). Bytes this device does not hold (or holds damaged) are reported as
 * `blobMissing` and the batch goes up regardless: its records are worth having, the bytes cannot be
 * made up, and holding the batch back would hold back every later batch of this device forever.
 */
export async function uploadBlobs(
  context: BlobContext,
  seq: number,
  changes: readonly Change[],
  seen: TargetBlobs,
): Promise<void> {
  const wanted = referencedBlobs(changes);
  if (wanted.size === 0) return;
  seen.keys ??= new Set((await context.target.list('blobs/')).map((entry) => entry.key));
  for (const [hash, attachmentName] of wanted) {
    throwIfCancelled(context.signal);
    const name = await blobNameOf(hash, context.key);
    if (seen.keys.has(blobKey(name))) continue;
    const bytes = await context.attachments.read(hash);
    if (bytes === null || (await sha256Hex(bytes)) !== hash) {
      context.problems.push({
        device: context.device,
        seq,
        kind: 'blobMissing',
        detail: `attachment ${hash} is ${bytes === null ? 'not held' : 'damaged'} on this device; batch uploaded without it`,
        subject: attachmentName,
      });
      continue;
    }
    const blob = await encodeBlob(bytes, context.key);
    context.progress.filesTotal += 1;
    await context.target.putIfAbsent(blob.key, blob.bytes);
    seen.keys.add(blob.key);
    context.progress.files += 1;
    context.progress.bytes += blob.bytes.length;
    context.progress.emit();
  }
}

/** Reads and opens one blob; a damaged one is reported (under its attachment's name) and yields null. */
async function fetchBlob(context: BlobContext, name: string, subject: string): Promise<Uint8Array | null | 'absent'> {
  const stored = await context.target.get(blobKey(name));
  if (stored === null) return 'absent';
  context.progress.files += 1;
  context.progress.bytes += stored.length;
  context.progress.emit();
  try {
    return await decodeBlob(name, stored, context.key);
  } catch (error) {
    if (!(error instanceof SyncError) || error.code !== 'corrupt-batch') throw error;
    context.problems.push({
      device: context.device,
      seq: 0,
      kind: 'blobCorrupt',
      detail: `${blobKey(name)}: ${error.message}; not stored`,
      subject,
    });
    return null;
  }
}

/**
 * Downloads the bytes of every live attachment record this device lacks, checks each against its
 * name and stores it. A blob not on the target yet (its uploader has not synced) is reported as
 * `blobWaiting` and looked for again on every sync; it never holds a batch back.
 */
export async function downloadBlobs(context: BlobContext): Promise<number> {
  const refs = await context.replica.attachmentRefs();
  const nameOf = new Map(refs.map((ref) => [ref.sha256, ref.name]));
  const missing = new Set(await context.attachments.missing([...nameOf.keys()]));
  if (missing.size === 0) return 0;
  context.progress.filesTotal += missing.size;
  context.progress.emit();
  let stored = 0;
  const store = async (hash: string, bytes: Uint8Array) => {
    await context.attachments.write(hash, bytes);
    missing.delete(hash);
    stored += 1;
  };
  for (const hash of [...missing]) {
    throwIfCancelled(context.signal);
    const name = await blobNameOf(hash, context.key);
    const bytes = await fetchBlob(context, name, nameOf.get(hash) ?? hash);
    if (bytes instanceof Uint8Array) await store(hash, bytes);
    else if (bytes === null) missing.delete(hash);
  }
  for (const hash of missing) {
    context.progress.filesTotal -= 1;
    context.problems.push({
      device: context.device,
      seq: 0,
      kind: 'blobWaiting',
      detail: `attachment ${hash} is not on the target yet; looked for again on the next sync`,
      subject: nameOf.get(hash) ?? hash,
    });
  }
  return stored;
}
