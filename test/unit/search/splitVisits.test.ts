import { describe, expect, it } from 'vitest';
import { createDexieSearchSource } from '../../../renderer/src/features/search/dexieSearchSource.ts';
import type { SearchSource, VisitRange } from '../../../renderer/src/features/search/searchSource.ts';
import { seedDatabase } from './buildHelperFixture.ts';

// The runs handed to build helpers: together they must hold every visit once, oldest first.

async function read(source: SearchSource, visits: VisitRange): Promise<{ ids: string[]; visited: number }> {
  const ids: string[] = [];
  let visited = 0;
  // A small batch, so that pages end inside a run and at its bounds.
  for await (const batch of source.scan(7, { tables: 'visits', visits })) {
    for (const doc of batch.docs) {
      if (doc.kind !== 'visit') throw new Error(`a visits-only scan gave a ${doc.kind}`);
      ids.push(doc.id);
    }
    visited += batch.visited;
  }
  return { ids, visited };
}

async function split(count: number, sizes: readonly number[], name: string) {
  const { db, repos, visitIds } = await seedDatabase(name, count);
  const source = createDexieSearchSource(db);
  const asked: number[][] = [];
  const runs = await source.splitVisits?.((visits, others) => {
    asked.push([visits, others]);
    return sizes;
  });
  if (runs === undefined) throw new Error('the database source splits visits');
  return { db, repos, source, visitIds, runs, asked };
}

async function expectCoverEveryVisitOnce(source: SearchSource, runs: readonly VisitRange[], visitIds: string[]) {
  expect(runs[0]?.from).toBeNull();
  expect(runs.at(-1)?.to).toBeNull();
  runs.slice(1).forEach((run, i) => expect(run.from).toBe(runs[i]?.to));
  const contents = await Promise.all(runs.map((run) => read(source, run)));
  expect(contents.flatMap((run) => run.ids)).toEqual(visitIds);
  // Each run holds as many records as it says.
  expect(contents.map((run) => run.visited)).toEqual(runs.map((run) => run.count));
  return contents;
}

describe('splitting visits into runs for build helpers', () => {
  it('covers every visit once, in key order, with the sizes asked and the rest in the last run', async () => {
    const { source, visitIds, runs, asked } = await split(50, [10, 20, 5], 'split-sizes');
    // 50 visits, and the 3 companies of the fixture beside them.
    expect(asked).toEqual([[50, 3]]);
    expect(runs.map((run) => run.count)).toEqual([10, 20, 20]);
    const parts = await expectCoverEveryVisitOnce(source, runs, visitIds);
    expect(parts[0]?.ids).toEqual(visitIds.slice(0, 10));
    expect(parts[1]?.ids).toEqual(visitIds.slice(10, 30));
  });

  it('gives the rest to the last run when the sizes ask for more visits than exist', async () => {
    const more = await split(50, [30, 30, 30], 'split-more');
    expect(more.runs.map((run) => run.count)).toEqual([30, 20]);
    await expectCoverEveryVisitOnce(more.source, more.runs, more.visitIds);

    const all = await split(50, [60, 10], 'split-all');
    expect(all.runs).toEqual([{ from: null, to: null, count: 50 }]);
    await expectCoverEveryVisitOnce(all.source, all.runs, all.visitIds);
  });

  it('makes one run of a single size, and an empty run when asked for none', async () => {
    const one = await split(25, [25], 'split-one');
    expect(one.runs).toEqual([{ from: null, to: null, count: 25 }]);
    await expectCoverEveryVisitOnce(one.source, one.runs, one.visitIds);

    const empty = await split(25, [0, 25], 'split-empty');
    expect(empty.runs.map((run) => run.count)).toEqual([0, 25]);
    await expectCoverEveryVisitOnce(empty.source, empty.runs, empty.visitIds);
  });

  it('counts a deleted visit in its run but gives no document for it', async () => {
    const { db, repos, visitIds } = await seedDatabase('split-deleted', 30);
    const deleted = visitIds[12] ?? '';
    await repos.visits.remove(deleted);
    const source = createDexieSearchSource(db);
    const runs = (await source.splitVisits?.(() => [10, 10, 10])) ?? [];
    expect(runs.map((run) => run.count)).toEqual([10, 10, 10]);
    await expectCoverEveryVisitOnce(
      source,
      runs,
      visitIds.filter((id) => id !== deleted),
    );
  });
});
