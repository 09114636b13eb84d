import { assertValidKey, assertValidPrefix, type BlobEntry, type BlobStore, type PutResult } from './blobStore.ts';

/** An in-memory blob store (tests, and the reference for the real stores' behaviour). */
export type MemoryStore = BlobStore & Readonly<{ objects: Map<string, Uint8Array> }>;

/** Creates an empty in-memory blob store; every returned byte array is a copy. */
export function createMemoryStore(): MemoryStore {
  const objects = new Map<string, Uint8Array>();
  return {
    objects,
    list(prefix): Promise<readonly BlobEntry[]> {
      assertValidPrefix(prefix);
      const entries = [...objects.entries()]
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, bytes]) => ({ key, size: bytes.length }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return Promise.resolve(entries);
    },
    get(key) {
      assertValidKey(key);
      const bytes = objects.get(key);
      return Promise.resolve(bytes === undefined ? null : bytes.slice());
    },
    putIfAbsent(key, bytes): Promise<PutResult> {
      assertValidKey(key);
      if (objects.has(key)) return Promise.resolve('exists');
      objects.set(key, bytes.slice());
      return Promise.resolve('created');
    },
    delete(key) {
      assertValidKey(key);
      objects.delete(key);
      return Promise.resolve();
    },
  };
}
