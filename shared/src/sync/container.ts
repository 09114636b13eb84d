import { concatBytes, equalBytes, fromUtf8, randomBytes, sha256, utf8 } from './bytes.ts';
import { gunzip, gzip, OutputTooLarge } from './gzip.ts';
import { SyncError } from './syncError.ts';
import type { TeamKey } from './teamKey.ts';

/** Which file a container is: a change batch or a snapshot (docs/sync-format.md §4). */
export type ContainerKind = 'batch' | 'snapshot';

const magic: Record<ContainerKind, readonly number[]> = {
  batch: [0x4b, 0x4b, 0x48, 0x42],
  snapshot: [0x4b, 0x4b, 0x48, 0x53],
};
const containerVersion = 1;
const prefixFixed = 10;
const checksumLength = 32;
const ivLength = 12;
const tagLength = 16;

/** The most a batch body may decompress to (docs/sync-format.md §4): 5,000 changes take a few MB. */
export const maxBatchBodyBytes = 128 * 1024 * 1024;
/** The most a snapshot body may decompress to: it is parsed as one string, and V8's longest is 512 MiB. */
export const maxSnapshotBodyBytes = 512 * 1024 * 1024;

const maxBodyBytes: Record<ContainerKind, number> = { batch: maxBatchBodyBytes, snapshot: maxSnapshotBodyBytes };

const corrupt = (detail: string, cause?: unknown) =>
  new SyncError('corrupt-batch', detail, cause === undefined ? undefined : { cause });

/** Builds a container: magic, version, mode, header length, header JSON, then the sealed body. */
export async function encodeContainer(
  kind: ContainerKind,
  header: unknown,
  body: unknown,
  key: TeamKey | null,
): Promise<Uint8Array> {
  const headerBytes = utf8(JSON.stringify(header));
  const prefix = new Uint8Array(prefixFixed + headerBytes.length);
  prefix.set(magic[kind], 0);
  prefix[4] = containerVersion;
  prefix[5] = key === null ? 0 : 1;
  new DataView(prefix.buffer).setUint32(6, headerBytes.length, false);
  prefix.set(headerBytes, prefixFixed);
  const compressed = await gzip(utf8(JSON.stringify(body)));
  if (key === null) return concatBytes(prefix, compressed, await sha256(concatBytes(prefix, compressed)));
  const iv = randomBytes(ivLength);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix }, key.aes, compressed),
  );
  return concatBytes(prefix, iv, sealed);
}

/** What a container's cleartext part says, read without the key (for `sync:verify`). */
export type ContainerPeek = Readonly<{
  encrypted: boolean;
  header: unknown;
  prefixLength: number;
}>;

/** Reads magic, version, mode and header; throws `corrupt-batch` when they are malformed. */
export function peekContainer(kind: ContainerKind, bytes: Uint8Array): ContainerPeek {
  if (bytes.length < prefixFixed) throw corrupt('shorter than the fixed prefix');
  const expected = magic[kind];
  for (let index = 0; index < 4; index += 1) if (bytes[index] !== expected[index]) throw corrupt('wrong magic');
  if (bytes[4] !== containerVersion) throw corrupt(`unknown container version ${bytes[4] ?? '?'}`);
  const mode = bytes[5];
  if (mode !== 0 && mode !== 1) throw corrupt(`unknown mode ${mode ?? '?'}`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(6, false);
  const prefixLength = prefixFixed + headerLength;
  const minimum = prefixLength + (mode === 0 ? checksumLength : ivLength + tagLength);
  if (bytes.length < minimum) throw corrupt('truncated');
  let header: unknown;
  try {
    header = JSON.parse(fromUtf8(bytes.subarray(prefixFixed, prefixLength)));
  } catch (error) {
    throw corrupt('header is not JSON', error);
  }
  return { encrypted: mode === 1, header, prefixLength };
}

/**
 * Opens a container: checks the checksum or the GCM tag (which also authenticates the header),
 * decompresses and parses the body. Any damage is a `corrupt-batch` error.
 */
export async function decodeContainer(
  kind: ContainerKind,
  bytes: Uint8Array,
  key: TeamKey | null,
): Promise<{ header: unknown; body: unknown }> {
  const peek = peekContainer(kind, bytes);
  const prefix = bytes.subarray(0, peek.prefixLength);
  // The team decides the mode: a plain batch in an encrypted team would bypass authentication.
  if (peek.encrypted !== (key !== null)) {
    throw corrupt(
      peek.encrypted ? 'encrypted batch in a team without encryption' : 'unencrypted batch in an encrypted team',
    );
  }
  let compressed: Uint8Array;
  if (key === null) {
    compressed = bytes.subarray(peek.prefixLength, bytes.length - checksumLength);
    const checksum = bytes.subarray(bytes.length - checksumLength);
    if (!equalBytes(await sha256(concatBytes(prefix, compressed)), checksum)) throw corrupt('checksum mismatch');
  } else {
    const iv = bytes.slice(peek.prefixLength, peek.prefixLength + ivLength);
    try {
      compressed = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv, additionalData: prefix.slice() },
          key.aes,
          bytes.slice(peek.prefixLength + ivLength),
        ),
      );
    } catch (error) {
      throw corrupt('authentication tag does not verify (damaged, tampered or another key)', error);
    }
  }
  let body: unknown;
  try {
    body = JSON.parse(fromUtf8(await gunzip(compressed.slice(), maxBodyBytes[kind])));
  } catch (error) {
    if (error instanceof OutputTooLarge)
      throw corrupt(`body decompresses to more than ${error.limit} bytes, the limit for a ${kind}`, error);
    throw corrupt('body does not decompress or parse', error);
  }
  return { header: peek.header, body };
}
