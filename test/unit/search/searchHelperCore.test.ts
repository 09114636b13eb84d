import { describe, expect, it } from 'vitest';
import { createDexieSearchSource } from '../../../renderer/src/features/search/dexieSearchSource.ts';
import { helperBatchSize, runBuildHelper } from '../../../renderer/src/features/search/searchHelperCore.ts';
import { createSearchIndex, shardSize } from '../../../renderer/src/features/search/searchIndex.ts';
import type { HelperEvent } from '../../../renderer/src/features/search/searchProtocol.ts';
import type { SearchSource } from '../../../renderer/src/features/search/searchSource.ts';
import { seedDatabase, visitHits, wordOf } from './buildHelperFixture.ts';

// A build helper indexes one run of visits and sends its index piece by piece, then says so.

describe('build helper', () => {
  it('sends the index of exactly its run of visits, numbered from its base, then done', async () => {
    const { db, visitIds } = await seedDatabase('helper-run', 40);
    const source = createDexieSearchSource(db);
    const [, run] = (await source.splitVisits?.(() => [10, 20, 10])) ?? [];
    if (run === undefined) throw new Error('no second run');
    const events: HelperEvent[] = [];
    await runBuildHelper(
      { createIndex: createSearchIndex, source, post: (event) => events.push(event) },
      { type: 'build', visits: run, base: shardSize },
    );

    expect(events.at(-1)).toEqual({ type: 'done' });
    const progress = events.flatMap((event) => (event.type === 'progress' ? [event.indexed] : []));
    expect(progress.at(-1)).toBe(20);
    const parts = events.flatMap((event) => (event.type === 'part' ? [event.part] : []));
    expect(parts.every((part) => part.kind === 'visit')).toBe(true);
    // Shards first, then the table, so that the search worker can absorb them in order.
    const firstTable = parts.findIndex((part) => part.part === 'table');
    expect(firstTable).toBeGreaterThan(0);
    expect(parts.slice(firstTable).every((part) => part.part === 'table')).toBe(true);

    // Absorbed where the search worker reserved its numbers, it finds its visits and no others.
    const index = createSearchIndex();
    index.reserve('visit', 2 * shardSize);
    const taken = parts.flatMap((part) => index.absorb(part, () => false));
    expect(taken.sort()).toEqual(visitIds.slice(10, 30));
    expect(visitHits(index.search(wordOf(10)))).toEqual([visitIds[10]]);
    expect(visitHits(index.search(wordOf(29)))).toEqual([visitIds[29]]);
    expect(index.search(wordOf(9))).toEqual([]);
    expect(index.search(wordOf(30))).toEqual([]);
    // Numbered from its base: the pieces do not fit below it.
    const low = createSearchIndex();
    low.reserve('visit', shardSize);
    expect(() => parts.forEach((part) => low.absorb(part, () => false))).toThrow();
  });

  it('sends a shard as soon as it is full, before it has read the rest of its run', async () => {
    // The first shard fills up in the last batch but one.
    const count = shardSize + helperBatchSize + 100;
    const { db, visitIds } = await seedDatabase('helper-stream', count);
    const source = createDexieSearchSource(db);
    const events: HelperEvent[] = [];
    await runBuildHelper(
      { createIndex: createSearchIndex, source, post: (event) => events.push(event) },
      { type: 'build', visits: { from: null, to: null, count }, base: shardSize },
    );

    const firstShard = events.findIndex((event) => event.type === 'part' && event.part.part === '1');
    const lastProgress = events.findLastIndex((event) => event.type === 'progress');
    expect(firstShard).toBeGreaterThan(0);
    expect(firstShard).toBeLessThan(lastProgress);
    const parts = events.flatMap((event) => (event.type === 'part' ? [event.part] : []));
    // Each piece is sent once: shard 1 before shard 2, then the table.
    const order = parts.map((part) => part.part).filter((part, i, all) => all.indexOf(part) === i);
    expect(order).toEqual(['1', '2', 'table']);
    expect(new Set(parts.map((part) => `${part.part}/${part.key}`)).size).toBe(parts.length);

    const index = createSearchIndex();
    index.reserve('visit', 3 * shardSize);
    const taken = parts.flatMap((part) => index.absorb(part, () => false));
    expect(taken).toHaveLength(count);
    expect(visitHits(index.search(wordOf(0)))).toContain(visitIds[0]);
    expect(index.has(visitIds[count - 1] ?? '')).toBe(true);
  });

  it('posts failed, and nothing after it, when the database cannot be read', async () => {
    const broken: SearchSource = {
      count: () => Promise.resolve(0),
      // eslint-disable-next-line require-yield
      async *scan() {
        await Promise.resolve();
        throw new Error('database closed');
      },
      watch: () => () => undefined,
    };
    const events: HelperEvent[] = [];
    await runBuildHelper(
      { createIndex: createSearchIndex, source: broken, post: (event) => events.push(event) },
      { type: 'build', visits: { from: null, to: null, count: 0 }, base: 0 },
    );
    expect(events).toEqual([{ type: 'failed', error: 'database closed' }]);
  });
});
