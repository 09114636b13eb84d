import type { LocalAttachments } from './attachments.ts';
import type { BlobStore } from './blobStore.ts';
import { blobName, decodeBlob, encodeBlob } from './blobCodec.ts';
import { sha256Hex } from './bytes.ts';
import type { Change } from './change.ts';
import { blobKey, parseKey } from './layout.ts';
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

/**
 * `_meta` key of an encrypted team's blob names already seen: name → SHA-256 of the bytes. A blob's
 * name there is an HMAC of its bytes, which a device cannot compute from an attachment record's
 * hash; this map is how it finds the blob of a record once it has opened it (or uploaded it).
 */
const blobNamesKey = 'syncBlobNames';

const isRecordOfStrings = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((item) => typeof item === 'string');

async function readNames(replica: LocalReplica): Promise<Record<string, string>> {
  const stored = await replica.getMeta(blobNamesKey);
  return isRecordOfStrings(stored) ? { ...stored } : {};
}

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
  const names = context.key === null ? null : await readNames(context.replica);
  const known = new Map(Object.entries(names ?? {}).map(([name, hash]) => [hash, name]));
  let learned = false;
  for (const [hash, attachmentName] of wanted) {
    throwIfCancelled(context.signal);
    const name = context.key === null ? hash : known.get(hash);
    if (name !== undefined && seen.keys.has(blobKey(name))) continue;
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
    const blobNamed = await blobName(bytes, context.key);
    if (names !== null) {
      names[blobNamed] = hash;
      learned = true;
    }
    // Another device may have uploaded the same bytes already (an encrypted name is known only now).
    if (seen.keys.has(blobKey(blobNamed))) continue;
    const blob = await encodeBlob(bytes, context.key);
    context.progress.filesTotal += 1;
    await context.target.putIfAbsent(blob.key, blob.bytes);
    seen.keys.add(blob.key);
    context.progress.files += 1;
    context.progress.bytes += blob.bytes.length;
    context.progress.emit();
  }
  if (names !== null && learned) await context.replica.setMeta(blobNamesKey, names);
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
  if (context.key === null) {
    for (const hash of [...missing]) {
      throwIfCancelled(context.signal);
      const bytes = await fetchBlob(context, hash, nameOf.get(hash) ?? hash);
      if (bytes instanceof Uint8Array) await store(hash, bytes);
      else if (bytes === null) missing.delete(hash);
    }
  } else {
    await downloadEncrypted(context, missing, nameOf, store);
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

/**
 * Encrypted team: known names are read directly; otherwise the blobs not opened before are opened
 * one by one (their names learned for good) until every missing attachment is found.
 */
async function downloadEncrypted(
  context: BlobContext,
  missing: Set<string>,
  nameOf: ReadonlyMap<string, string>,
  store: (hash: string, bytes: Uint8Array) => Promise<void>,
) {
  const names = await readNames(context.replica);
  const byHash = new Map(Object.entries(names).map(([name, hash]) => [hash, name]));
  let learned = false;
  try {
    for (const hash of [...missing]) {
      const name = byHash.get(hash);
      if (name === undefined) continue;
      throwIfCancelled(context.signal);
      const bytes = await fetchBlob(context, name, nameOf.get(hash) ?? hash);
      if (bytes instanceof Uint8Array) await store(hash, bytes);
      else if (bytes === null) missing.delete(hash);
    }
    if (missing.size === 0) return;
    const unknown = (await context.target.list('blobs/'))
      .map((entry) => parseKey(entry.key))
      .flatMap((parsed) => (parsed?.kind === 'blob' && names[parsed.hash] === undefined ? [parsed.hash] : []));
    for (const name of unknown) {
      if (missing.size === 0) break;
      throwIfCancelled(context.signal);
      const bytes = await fetchBlob(context, name, name);
      if (!(bytes instanceof Uint8Array)) continue;
      const hash = await sha256Hex(bytes);
      names[name] = hash;
      learned = true;
      if (missing.has(hash)) await store(hash, bytes);
      else context.progress.filesTotal += 1;
    }
  } finally {
    // Names learned before a cancel or a failure are kept: those blobs need not be opened again.
    if (learned) await context.replica.setMeta(blobNamesKey, names);
  }
}
