import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { SnapshotPart } from '../../../renderer/src/features/search/searchIndex.ts';
import { createSnapshotStore } from '../../../renderer/src/features/search/snapshotStore.ts';

const part = (data: string): SnapshotPart => ({ kind: 'company', part: '0', key: '1.map', data });

async function read(store: ReturnType<typeof createSnapshotStore>): Promise<string[]> {
  const loaded = await store.load();
  const out: string[] = [];
  if (loaded === null) return out;
  for await (const piece of loaded.parts()) out.push(piece.data);
  return out;
}

describe('search snapshot store', () => {
  it('reads back the pieces of the last save in order, and nothing of the one before', async () => {
    const store = createSnapshotStore({ name: 'snap-order', indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await store.load()).toBeNull();
    await store.save(async (write) => {
      for (const data of ['a', 'b']) await write(part(data));
      return { format: 2, kinds: [['company', 2]] };
    });
    await store.save(async (write) => {
      for (const data of ['c', 'd', 'e']) await write(part(data));
      return { format: 2, kinds: [['company', 3]] };
    });
    expect((await store.load())?.header).toEqual({ format: 2, kinds: [['company', 3]] });
    expect(await read(store)).toEqual(['c', 'd', 'e']);
  });

  it('keeps the previous snapshot whole when a save is cut short', async () => {
    const store = createSnapshotStore({ name: 'snap-cut', indexedDB: new IDBFactory(), IDBKeyRange });
    await store.save(async (write) => {
      await write(part('kept'));
      return { format: 2, kinds: [['company', 1]] };
    });
    await expect(
      store.save(async (write) => {
        await write(part('half'));
        throw new Error('the worker was closed');
      }),
    ).rejects.toThrow('closed');
    expect(await read(store)).toEqual(['kept']);
  });
});
