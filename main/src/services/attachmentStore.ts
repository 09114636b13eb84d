import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { allowedAttachmentTypes, maxAttachmentBytes } from '#shared/domain/attachment';
import { HostFailure } from '#shared/contract/envelope';

/** Attachment bytes, content-addressed by SHA-256 under `<userData>/attachments/<ab>/<sha256>`. */
export type AttachmentStore = Readonly<{
  /** Checks size and type, then stores the bytes (temp file, fsync, rename); storing known bytes again is a no-op. */
  put(bytes: Uint8Array, type: string): Promise<{ sha256: string; size: number }>;
  /**
   * The bytes, checked against their hash. Bytes that no longer match (damaged on disk) are moved to
   * `damaged/` beside the store, so `has` says they are missing and a good copy can arrive again
   * (restore, sync), and the call fails with `invalid-file`.
   */
  get(sha256: string): Promise<Uint8Array<ArrayBuffer>>;
  has(sha256: string): Promise<boolean>;
  /** The hashes whose bytes `get` found damaged and set aside (one stored again since is also `has`). */
  damaged(): Promise<ReadonlySet<string>>;
  /** Stores bytes that must hash to `sha256` (restore); refuses bytes that do not. */
  putVerified(sha256: string, bytes: Uint8Array): Promise<void>;
}>;

const hashPattern = /^[0-9a-f]{64}$/;
// Beside the `<ab>` folders; never a two-hex-digit name, so never mistaken for one.
const damagedFolder = 'damaged';

// The first bytes a declared type must start with; office formats are zip (PK) or OLE containers.
const signatures: Readonly<Partial<Record<string, readonly number[][]>>> = {
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47]],
  'application/pdf': [[0x25, 0x50, 0x44, 0x46]],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [[0x50, 0x4b]],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [[0x50, 0x4b]],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': [[0x50, 0x4b]],
  'application/msword': [[0xd0, 0xcf, 0x11, 0xe0]],
  'application/vnd.ms-excel': [[0xd0, 0xcf, 0x11, 0xe0]],
  'application/vnd.ms-powerpoint': [[0xd0, 0xcf, 0x11, 0xe0]],
};

/** Whether bytes are acceptable for a declared type: allowlisted, and starting like that type does. */
export function isAcceptedAttachmentType(type: string, bytes: Uint8Array): boolean {
  if (!(allowedAttachmentTypes as readonly string[]).includes(type)) return false;
  const expected = signatures[type];
  if (expected === undefined) return true;
  return expected.some((signature) => signature.every((byte, index) => bytes[index] === byte));
}

/** The size limit as the UI states it. */
export const maxAttachmentMegabytes = maxAttachmentBytes / (1024 * 1024);

/** Creates the store under a root folder (`<userData>/attachments`). */
export function createAttachmentStore(root: string): AttachmentStore {
  const pathOf = (sha256: string) => {
    if (!hashPattern.test(sha256)) throw new HostFailure('invalid-input', 'not a SHA-256 hash');
    return join(root, sha256.slice(0, 2), sha256);
  };

  const exists = async (path: string) => {
    try {
      await stat(path);
      return true;
    } catch {
      return false;
    }
  };

  const writeAtomically = async (sha256: string, bytes: Uint8Array) => {
    const target = pathOf(sha256);
    if (await exists(target)) return;
    await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
    const temp = join(root, `.tmp-${randomUUID()}`);
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw new HostFailure('io-failed', `could not store the attachment: ${String(error)}`);
    }
  };

  const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  // Kept, not deleted: the bytes may still be worth something to someone recovering by hand.
  const quarantine = async (sha256: string, path: string) => {
    await mkdir(join(root, damagedFolder), { recursive: true });
    try {
      await rename(path, join(root, damagedFolder, `${sha256}-${randomUUID()}`));
    } catch {
      // Already moved by a concurrent read, or the folder is read-only: the caller is told either way.
    }
  };

  return {
    async put(bytes, type) {
      if (bytes.byteLength > maxAttachmentBytes) {
        throw new HostFailure(
          'too-large',
          `attachments are limited to ${maxAttachmentMegabytes} MB; this file has ${bytes.byteLength} bytes`,
        );
      }
      if (!isAcceptedAttachmentType(type, bytes))
        throw new HostFailure('unsupported-type', `files of type ${type || '(unknown)'} are not accepted`);
      const sha256 = digest(bytes);
      await writeAtomically(sha256, bytes);
      return { sha256, size: bytes.byteLength };
    },
    async get(sha256) {
      const path = pathOf(sha256);
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(await readFile(path));
      } catch {
        throw new HostFailure('not-found', `no attachment ${sha256}`);
      }
      if (digest(bytes) === sha256) return bytes;
      await quarantine(sha256, path);
      throw new HostFailure(
        'invalid-file',
        `attachment ${sha256} is damaged on disk (its bytes no longer match their hash); it was moved to ${join(root, damagedFolder)}`,
      );
    },
    has: (sha256) => exists(pathOf(sha256)),
    async damaged() {
      let names: string[];
      try {
        names = await readdir(join(root, damagedFolder));
      } catch {
        return new Set();
      }
      return new Set(names.map((name) => name.slice(0, 64)).filter((name) => hashPattern.test(name)));
    },
    async putVerified(sha256, bytes) {
      // Bytes from a backup or a sync target: no larger than the app lets anyone attach.
      if (bytes.length > maxAttachmentBytes)
        throw new HostFailure('invalid-input', `attachment ${sha256} is larger than ${maxAttachmentMegabytes} MB`);
      if (digest(bytes) !== sha256)
        throw new HostFailure('invalid-input', `attachment ${sha256} does not match its hash`);
      await writeAtomically(sha256, bytes);
    },
  };
}
