import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createDexieSearchSource } from '../../../renderer/src/features/search/dexieSearchSource.ts';
import type { SearchSource } from '../../../renderer/src/features/search/searchSource.ts';
import { createSnapshotStore } from '../../../renderer/src/features/search/snapshotStore.ts';
import type { HelperEvent } from '../../../renderer/src/features/search/searchProtocol.ts';
import {
  answerOf,
  companyNames,
  inProcessHelpers,
  seedDatabase,
  startCore,
  summaryOf,
  visitHits,
  wordOf,
  type HelperOptions,
  type RunningCore,
} from './buildHelperFixture.ts';

// A first build of many visits shares the older visits out among build helpers. Whatever the
// helpers do, the quick search must find what the database holds, as a build without helpers does.

const visitCount = 120;
// Each matches fewer visits than the index weighs per kind (40), so both builds list the same ones.
const queries = ['紅花色素', '鮮度保持', 'さくらんぼ', '月山', 'ばいお', wordOf(0), wordOf(60), wordOf(119)];

// Every visit is found by its own word, and only that visit.
function expectEveryVisitFound(run: RunningCore, visitIds: readonly string[], except: ReadonlySet<string> = new Set()) {
  const missing = visitIds.flatMap((id, i) =>
    except.has(id) || visitHits(run.search(wordOf(i))).join() === id ? [] : [id],
  );
  expect(missing).toEqual([]);
}

describe('first build with build helpers', () => {
  it.each([1, 2])('finds every visit with %i helper(s) and answers as a build without helpers', async (helpers) => {
    const { db, visitIds } = await seedDatabase(`helped-${helpers}`, visitCount);
    const plain = startCore(db);
    await plain.core.built;
    const wiring = inProcessHelpers(db);
    const helped = startCore(db, { helpers, startHelper: wiring.startHelper });
    await helped.core.built;

    expect(wiring.requests).toHaveLength(helpers);
    // The companies are read once: each helper is given their names.
    for (const request of wiring.requests)
      expect(request.companies?.map(([, name]) => name).sort()).toEqual([...companyNames].sort());
    expectEveryVisitFound(helped, visitIds);
    for (const query of queries) expect(answerOf(helped.search(query))).toEqual(answerOf(plain.search(query)));
    expect(visitHits(helped.search('紅花色素'))).toHaveLength(Math.ceil(visitCount / 7));
    // Most visits match: both list as many and say there are more (which ones may differ in order).
    expect(helped.search('定期訪問').map((group) => [group.hits.length, group.more])).toEqual(
      plain.search('定期訪問').map((group) => [group.hits.length, group.more]),
    );

    const ready = helped.ready();
    expect(ready.indexed).toBe(plain.ready().indexed);
    expect(ready.indexed).toBe(3 + visitCount);
    // Every visit of the helpers' runs was taken from them.
    expect(ready.helped).toBe(wiring.requests.reduce((sum, request) => sum + request.visits.count, 0));
    expect(ready.helped).toBeGreaterThan(0);
    expect(ready.helperWaitMs).toBeGreaterThanOrEqual(0);
    expect(plain.ready().helped).toBe(0);
    const building = helped.statuses().filter((status) => status.state === 'building');
    expect(building.some((status) => status.indexed > 0)).toBe(true);
    for (const status of building) expect(status.indexed).toBeLessThanOrEqual(status.total);
    expect(wiring.stopped).toEqual(Array.from({ length: helpers }, () => true));
  });

  it('does without helpers below the minimum number of visits', async () => {
    const { db, visitIds } = await seedDatabase('helped-few', 15);
    const wiring = inProcessHelpers(db);
    const run = startCore(db, { helpers: 2, startHelper: wiring.startHelper });
    await run.core.built;
    expect(wiring.requests).toEqual([]);
    expectEveryVisitFound(run, visitIds);
    expect(run.ready().helped).toBe(0);
  });

  it('follows edits and deletions of visits a helper indexed', async () => {
    const { db, repos, visitIds } = await seedDatabase('helped-follow', visitCount);
    const wiring = inProcessHelpers(db);
    const run = startCore(db, { helpers: 1, startHelper: wiring.startHelper });
    await run.core.built;
    const [edited, deleted] = visitIds as [string, string];
    expect(run.ready().helped).toBeGreaterThan(0);

    await repos.visits.update(edited, { summary: 'ラ・フランスの追熟試験' });
    await repos.visits.remove(deleted);
    await vi.waitFor(() => expect(visitHits(run.search('追熟'))).toEqual([edited]));
    await vi.waitFor(() => expect(run.search(wordOf(1))).toEqual([]));
    expect(run.search(wordOf(0))).toEqual([]);
    expect(visitHits(run.search('紅花色素'))).not.toContain(edited);
    expectEveryVisitFound(run, visitIds, new Set([edited, deleted]));
  });
});

describe('an index built with helpers across a restart', () => {
  it('is saved and restored to one that finds the same visits', async () => {
    const { db, visitIds } = await seedDatabase('helped-restart', visitCount);
    const snapshots = createSnapshotStore({ name: 'helped-restart-index', indexedDB: new IDBFactory(), IDBKeyRange });
    const wiring = inProcessHelpers(db);
    const first = startCore(db, { helpers: 2, startHelper: wiring.startHelper, snapshots });
    await first.core.saved();
    expect(first.ready().helped).toBeGreaterThan(0);

    const restartHelpers = inProcessHelpers(db);
    const second = startCore(db, { helpers: 2, startHelper: restartHelpers.startHelper, snapshots });
    await second.core.built;
    // Restored: no helpers and no building progress.
    expect(restartHelpers.requests).toEqual([]);
    expect(second.statuses().filter((status) => status.state === 'building')).toHaveLength(1);
    expectEveryVisitFound(second, visitIds);
    for (const query of queries) expect(second.search(query)).toEqual(first.search(query));
    expect(second.ready().indexed).toBe(3 + visitCount);
  });
});

// After 月山フーズ was renamed 羽黒テクノ: no hit under the old name, all its visits under the new one.
function expectRenamed(run: RunningCore, oneOfItsVisits: string): void {
  expect(run.search('月山')).toEqual([]);
  const renamed = run.search('羽黒').find((group) => group.kind === 'visit');
  // Visit i belongs to company i % 3: 40 of the 120.
  expect(renamed?.hits).toHaveLength(40);
  expect(renamed?.hits.every((hit) => hit.title === '羽黒テクノ')).toBe(true);
  expect(renamed?.hits.map((hit) => hit.id)).toContain(oneOfItsVisits);
}

describe('changes made while a helper works', () => {
  // Holds the helper's events until it has read and sent everything, so that what it sends is
  // older than the changes made meanwhile.
  async function heldBuild(name: string) {
    const seeded = await seedDatabase(name, visitCount);
    const wiring = inProcessHelpers(seeded.db, { hold: true });
    const run = startCore(seeded.db, { helpers: 1, startHelper: wiring.startHelper });
    await vi.waitFor(() => expect(wiring.held(0).at(-1)?.type).toBe('done'));
    const range = wiring.requests[0]?.visits;
    // The oldest visits are the helper's.
    expect(range?.from).toBeNull();
    expect(seeded.visitIds[1]).toBeDefined();
    expect((seeded.visitIds[1] ?? '') < (range?.to ?? '')).toBe(true);
    return { ...seeded, wiring, run };
  }

  it('keeps an edit made while the helper worked, not the words the helper read', async () => {
    const { repos, visitIds, wiring, run } = await heldBuild('during-edit');
    const edited = visitIds[0] ?? '';
    await repos.visits.update(edited, { summary: 'ラ・フランスの追熟試験' });
    await vi.waitFor(() => expect(visitHits(run.search('追熟'))).toEqual([edited]));

    wiring.release();
    await run.core.built;
    expect(visitHits(run.search('追熟'))).toEqual([edited]);
    expect(run.search(wordOf(0))).toEqual([]);
    expect(visitHits(run.search('紅花色素'))).not.toContain(edited);
    expectEveryVisitFound(run, visitIds, new Set([edited]));
    expect(run.ready().indexed).toBe(3 + visitCount);
    // The helper's version of the edited visit was left out.
    expect(run.ready().helped).toBe((wiring.requests[0]?.visits.count ?? 0) - 1);
  });

  it("titles the visits a helper read with their company's new name after a rename", async () => {
    const { repos, visitIds, wiring, run } = await heldBuild('during-rename');
    const company = (await repos.companies.list()).find((record) => record.name === '月山フーズ');
    // The search worker has read the companies: it knows the old name.
    await vi.waitFor(() => expect(run.search('月山').some((group) => group.kind === 'company')).toBe(true));
    await repos.companies.update(company?.id ?? '', { name: '羽黒テクノ' });
    await vi.waitFor(() => expect(visitHits(run.search('羽黒'))).toContain(visitIds[0]));

    wiring.release();
    await run.core.built;
    expectRenamed(run, visitIds[0] ?? '');
  });

  it('titles the visits a helper read with the new name of a company renamed before the worker read it', async () => {
    const seeded = await seedDatabase('rename-unread', visitCount);
    const { db, repos, visitIds } = seeded;
    const wiring = inProcessHelpers(db, { hold: true });
    // The worker's own scan waits until the rename is made: it has not read the company yet.
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const inner = createDexieSearchSource(db);
    const source: SearchSource = {
      ...inner,
      async *scan(batchSize, scope) {
        await gate;
        yield* inner.scan(batchSize, scope);
      },
    };
    const run = startCore(db, { helpers: 1, startHelper: wiring.startHelper, source });
    await vi.waitFor(() => expect(wiring.held(0).at(-1)?.type).toBe('done'));
    const company = (await repos.companies.list()).find((record) => record.name === '月山フーズ');
    await repos.companies.update(company?.id ?? '', { name: '羽黒テクノ' });
    await vi.waitFor(() => expect(visitHits(run.search('羽黒'))).toContain(visitIds[0]));

    open();
    wiring.release();
    await run.core.built;
    expectRenamed(run, visitIds[0] ?? '');
  });

  it('keeps a deletion made while the helper worked', async () => {
    const { repos, visitIds, wiring, run } = await heldBuild('during-delete');
    const deleted = visitIds[1] ?? '';
    const marker = visitIds.at(-1) ?? '';
    await repos.visits.remove(deleted);
    // Changes reach the core in order: once this later edit is found, the deletion was applied.
    await repos.visits.update(marker, { summary: 'ラ・フランスの追熟試験' });
    await vi.waitFor(() => expect(visitHits(run.search('追熟'))).toEqual([marker]));

    wiring.release();
    await run.core.built;
    expect(run.search(wordOf(1))).toEqual([]);
    expect(run.search(summaryOf(1).split(' ')[0] ?? '')).toEqual([]);
    expectEveryVisitFound(run, visitIds, new Set([deleted, marker]));
    expect(run.ready().indexed).toBe(3 + visitCount - 1);
    expect(run.ready().helped).toBe((wiring.requests[0]?.visits.count ?? 0) - 1);
  });
});

describe('a build helper that fails', () => {
  const failed: HelperEvent = { type: 'failed', error: 'helper crashed' };
  const isPart = (event: HelperEvent, part: (name: string) => boolean): boolean =>
    event.type === 'part' && part(event.part.part);
  const cases: readonly (readonly [string, number, HelperOptions['rewrite']])[] = [
    ['fails at once', 1, () => [failed]],
    [
      'fails after its shards, before its table',
      1,
      (event) => (isPart(event, (p) => p === 'table') ? [failed] : [event]),
    ],
    ['fails after all its pieces instead of finishing', 1, (event) => (event.type === 'done' ? [failed] : [event])],
    [
      'sends a shard past the reserved numbers',
      1,
      (event) =>
        event.type === 'part' && event.part.part !== 'table'
          ? [{ ...event, part: { ...event.part, part: '7' } }]
          : [event],
    ],
    [
      'sends table rows numbered past the reserved numbers',
      1,
      (event) => {
        if (event.type !== 'part' || event.part.part !== 'table') return [event];
        const rows = (JSON.parse(event.part.data) as [number, ...unknown[]][]).map(([n, ...rest]) => [
          n + 65_536,
          ...rest,
        ]);
        return [{ ...event, part: { ...event.part, data: JSON.stringify(rows) } }];
      },
    ],
    [
      'is the second of two and fails after its shards',
      2,
      (event, helper) => (helper === 1 && isPart(event, (p) => p === 'table') ? [failed] : [event]),
    ],
  ];

  let databases = 0;
  it.each(cases)('loses no visit when it %s', async (_, helpers, rewrite) => {
    // The core says on the console that it takes the helper's visits over.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    databases += 1;
    const { db, visitIds } = await seedDatabase(`failing-${databases}`, visitCount);
    const plain = startCore(db);
    await plain.core.built;
    const wiring = inProcessHelpers(db, rewrite === undefined ? {} : { rewrite });
    const run = startCore(db, { helpers, startHelper: wiring.startHelper });
    await run.core.built;
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();

    expect(wiring.requests).toHaveLength(helpers);
    expectEveryVisitFound(run, visitIds);
    for (const query of queries) expect(answerOf(run.search(query))).toEqual(answerOf(plain.search(query)));
    expect(run.ready().indexed).toBe(3 + visitCount);
    expect(wiring.stopped).toEqual(Array.from({ length: helpers }, () => true));
  });
});

describe('sharing the visits out', () => {
  it('builds without helpers when the visits cannot be split, and keeps following changes', async () => {
    const { db, repos, visitIds } = await seedDatabase('split-fails', visitCount);
    const wiring = inProcessHelpers(db);
    const inner = createDexieSearchSource(db);
    const source: SearchSource = { ...inner, splitVisits: () => Promise.reject(new Error('no keys')) };
    const run = startCore(db, { helpers: 1, startHelper: wiring.startHelper, source });
    // Made while the build runs: it waits for the share-out, which fails, and is applied anyway.
    await repos.visits.update(visitIds[5] ?? '', { summary: 'ラ・フランスの追熟試験' });
    await run.core.built;
    expect(wiring.requests).toEqual([]);
    expectEveryVisitFound(run, visitIds, new Set([visitIds[5] ?? '']));
    expect(visitHits(run.search('追熟'))).toEqual([visitIds[5]]);
    await repos.visits.update(visitIds[6] ?? '', { summary: '紅花の色素抽出' });
    await vi.waitFor(() => expect(visitHits(run.search('色素抽出'))).toEqual([visitIds[6]]));
  });
});
