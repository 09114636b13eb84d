import { Dexie, type Table } from 'dexie';
import type { SnapshotHeader, SnapshotPart } from './searchIndex.ts';

// The saved index lives in its own small database, not in the app's: it is a cache that can be
// dropped at any time, never synced, and has no place in the app schema's versions.
//
// A snapshot is written as many rows, one per piece the index hands out, each awaited before the
// next piece is made: the worker never holds the whole export as strings at once (one 50 MB export
// doubled the worker heap while saving). Rows carry a generation; the header row naming the
// generation is written last, then older generations are deleted, so a save cut short leaves the
// previous snapshot intact.

type PartRow = SnapshotPart & Readonly<{ row: string }>;
type MetaRow = Readonly<{ key: string; generation: string; header: SnapshotHeader }>;

/** A saved index found at start: its header, and its pieces read one at a time. */
export type LoadedSnapshot = Readonly<{ header: SnapshotHeader; parts(): AsyncIterable<SnapshotPart> }>;

/** Writes the pieces of an index through `write` and returns its header. */
export type SnapshotWriter = (write: (part: SnapshotPart) => Promise<void>) => Promise<SnapshotHeader>;

/** Where the index is saved between runs. */
export type SnapshotStore = Readonly<{
  load(): Promise<LoadedSnapshot | null>;
  save(writer: SnapshotWriter): Promise<void>;
}>;

const currentKey = 'current';
const rowKey = (generation: string, seq: number): string => `${generation}:${String(seq).padStart(8, '0')}`;

/** Saves and loads the search index snapshot in IndexedDB. */
export function createSnapshotStore(
  options: Readonly<{ name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }> = {},
): SnapshotStore {
  const db = new Dexie(options.name ?? 'kakehashi-search-index', {
    ...(options.indexedDB === undefined ? {} : { indexedDB: options.indexedDB }),
    ...(options.IDBKeyRange === undefined ? {} : { IDBKeyRange: options.IDBKeyRange }),
  });
  db.version(1).stores({ snapshots: 'key' });
  // Version 2: the snapshot in pieces (version 1 kept one object with the whole export).
  db.version(2).stores({ snapshots: null, parts: 'row', meta: 'key' });
  const parts: Table<PartRow, string> = db.table('parts');
  const meta: Table<MetaRow, string> = db.table('meta');
  let saves = 0;

  return {
    async load() {
      const current = await meta.get(currentKey);
      if (current === undefined) return null;
      const { generation } = current;
      return {
        header: current.header,
        async *parts() {
          // One row per read: a row can hold megabytes of postings.
          let after = `${generation}:`;
          for (;;) {
            const found = await parts.where('row').between(after, `${generation}:\uffff`, false, true).first();
            if (found === undefined) return;
            after = found.row;
            yield { kind: found.kind, part: found.part, key: found.key, data: found.data };
          }
        },
      };
    },
    async save(writer) {
      saves += 1;
      const generation = `${Date.now().toString(36)}-${saves}`;
      let seq = 0;
      const header = await writer((part) =>
        parts.put({ ...part, row: rowKey(generation, seq++) }).then(() => undefined),
      );
      await db.transaction('rw', parts, meta, async () => {
        await meta.put({ key: currentKey, generation, header });
        await parts.where('row').below(`${generation}:`).delete();
        await parts.where('row').above(`${generation}:\uffff`).delete();
      });
    },
  };
}
