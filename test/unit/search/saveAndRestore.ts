import {
  restoreSearchIndex,
  type SearchIndex,
  type SnapshotPart,
} from '../../../renderer/src/features/search/searchIndex.ts';

/** Saves an index into memory (each piece cloned, as IndexedDB would) and restores it from there. */
export async function saveAndRestore(index: SearchIndex): Promise<SearchIndex> {
  const parts: SnapshotPart[] = [];
  const header = await index.save((part) => {
    parts.push(structuredClone(part));
    return Promise.resolve();
  });
  async function* read(): AsyncIterable<SnapshotPart> {
    for (const part of parts) yield await Promise.resolve(part);
  }
  return restoreSearchIndex(structuredClone(header), read());
}
