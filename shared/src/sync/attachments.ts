import { sha256Hex } from './bytes.ts';

/**
 * The device's own attachment bytes as the sync engine sees them (content-addressed by SHA-256).
 * The renderer forwards these calls to main's attachment store; tests use the in-memory one.
 */
export type LocalAttachments = Readonly<{
  /** The hashes of `hashes` whose bytes this device does not hold. */
  missing(hashes: readonly string[]): Promise<readonly string[]>;
  /** The bytes of an attachment, or null when this device does not hold them. */
  read(sha256: string): Promise<Uint8Array | null>;
  /** Stores downloaded bytes; refuses bytes that do not hash to `sha256`. */
  write(sha256: string, bytes: Uint8Array): Promise<void>;
}>;

/** In-memory attachment bytes (tests and benchmarks). */
export type MemoryAttachments = LocalAttachments & Readonly<{ files: Map<string, Uint8Array> }>;

/** Creates an empty in-memory attachment store that checks hashes like main's store does. */
export function createMemoryAttachments(): MemoryAttachments {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    missing: (hashes) => Promise.resolve(hashes.filter((hash) => !files.has(hash))),
    read: (sha256) => Promise.resolve(files.get(sha256)?.slice() ?? null),
    async write(sha256, bytes) {
      if ((await sha256Hex(bytes)) !== sha256) throw new Error(`attachment ${sha256} does not match its hash`);
      files.set(sha256, bytes.slice());
    },
  };
}
