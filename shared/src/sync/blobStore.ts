import { SyncError } from './syncError.ts';

/** One listed object. */
export type BlobEntry = Readonly<{ key: string; size: number }>;

/** What `putIfAbsent` did: created the object, or found one already there (and changed nothing). */
export type PutResult = 'created' | 'exists';

/**
 * The whole surface a sync target offers (docs/sync-format.md §1). Folder, WebDAV and S3 stores
 * live in main/; the in-memory store is for tests. Errors are `SyncError`s.
 */
export type BlobStore = Readonly<{
  /** Every key starting with `prefix`, at any depth. */
  list(prefix: string): Promise<readonly BlobEntry[]>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Create-only write. */
  putIfAbsent(key: string, bytes: Uint8Array): Promise<PutResult>;
  /** Removes an object; absent is fine. */
  delete(key: string): Promise<void>;
}>;

const segment = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Refuses any key outside the format's alphabet (`..`, empty segments, absolute paths). */
export function assertValidKey(key: string): void {
  const parts = key.split('/');
  if (parts.length === 0 || parts.some((part) => !segment.test(part) || part === '.' || part === '..')) {
    throw new SyncError('outside-root', `invalid key ${JSON.stringify(key)}`);
  }
}

/** Refuses a list prefix outside the alphabet; an empty prefix lists everything. */
export function assertValidPrefix(prefix: string): void {
  if (prefix === '') return;
  assertValidKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
}
