import { Dexie, type Table } from 'dexie';
import type { IndexSnapshot } from './searchIndex.ts';
import type { SnapshotStore } from './searchWorkerCore.ts';

// The saved index lives in its own small database, not in the app's: it is a cache that can be
// dropped at any time, never synced, and has no place in the app schema's versions.

type Row = Readonly<{ key: string; snapshot: IndexSnapshot }>;

/** Saves and loads the search index snapshot in IndexedDB. */
export function createSnapshotStore(options: Readonly<{ name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }> = {}): SnapshotStore {
  const db = new Dexie(options.name ?? 'kakehashi-search-index', {
    ...(options.indexedDB === undefined ? {} : { indexedDB: options.indexedDB }),
    ...(options.IDBKeyRange === undefined ? {} : { IDBKeyRange: options.IDBKeyRange }),
  });
  db.version(1).stores({ snapshots: 'key' });
  const table: Table<Row, string> = db.table('snapshots');
  return {
    load: async () => (await table.get('current'))?.snapshot ?? null,
    save: async (snapshot) => {
      await table.put({ key: 'current', snapshot });
    },
  };
}
