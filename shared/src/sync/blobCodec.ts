import { maxAttachmentBytes } from '../domain/attachment.ts';
import { concatBytes, randomBytes, sha256Hex, toHex, utf8 } from './bytes.ts';
import { blobKey } from './layout.ts';
import { SyncError } from './syncError.ts';
import type { TeamKey } from './teamKey.ts';

const ivLength = 12;
const tagLength = 16;

const corrupt = (detail: string, cause?: unknown) =>
  new SyncError('corrupt-batch', detail, cause === undefined ? undefined : { cause });

/**
 * The name of a blob on the target (docs/sync-format.md §6) for bytes whose SHA-256 is `sha256`:
 * that hash in a plain team; in an encrypted one HMAC-SHA-256 with the data key over the hash's
 * hex text, so the plain hash (which would reveal known files) never shows while a device holding
 * an attachment record can still compute where its bytes are.
 */
export async function blobNameOf(sha256: string, key: TeamKey | null): Promise<string> {
  if (key === null) return sha256;
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key.hmac, utf8(sha256))));
}

/** The name of a blob holding `bytes`. */
export async function blobName(bytes: Uint8Array, key: TeamKey | null): Promise<string> {
  return blobNameOf(await sha256Hex(bytes), key);
}

const blobAad = (name: string) => utf8(`kakehashi-blob:${name}`);

/** An attachment as stored on the target: its key and the stored bytes. */
export type EncodedBlob = Readonly<{ name: string; key: string; bytes: Uint8Array }>;

/** Encodes attachment bytes for the target: raw in a plain team, iv ‖ AES-GCM in an encrypted one. */
export async function encodeBlob(bytes: Uint8Array, key: TeamKey | null): Promise<EncodedBlob> {
  const name = await blobName(bytes, key);
  if (key === null) return { name, key: blobKey(name), bytes };
  const iv = randomBytes(ivLength);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: blobAad(name) }, key.aes, bytes),
  );
  return { name, key: blobKey(name), bytes: concatBytes(iv, sealed) };
}

/**
 * Opens a blob read from `blobs/<ab>/<name>` and checks its name against the content; a mismatch,
 * a failed tag, a short file or content larger than any attachment the app lets anyone add is a
 * `corrupt-batch` error (the blob is corrupt: reported and not stored, like any damaged blob).
 */
export async function decodeBlob(name: string, stored: Uint8Array, key: TeamKey | null): Promise<Uint8Array> {
  if (stored.length - (key === null ? 0 : ivLength + tagLength) > maxAttachmentBytes)
    throw corrupt(`larger than the attachment limit of ${maxAttachmentBytes} bytes`);
  let bytes = stored;
  if (key !== null) {
    if (stored.length < ivLength + tagLength) throw corrupt('shorter than iv and tag');
    try {
      bytes = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: stored.slice(0, ivLength), additionalData: blobAad(name) },
          key.aes,
          stored.slice(ivLength),
        ),
      );
    } catch (error) {
      throw corrupt('authentication tag does not verify (damaged, tampered or another key)', error);
    }
  }
  if ((await blobName(bytes, key)) !== name) throw corrupt('content does not match the blob name');
  return bytes;
}

/** Whether an encrypted blob at least has the shape iv ‖ ciphertext ‖ tag (checked without the key). */
export function hasEncryptedBlobShape(stored: Uint8Array): boolean {
  return stored.length >= ivLength + tagLength;
}
