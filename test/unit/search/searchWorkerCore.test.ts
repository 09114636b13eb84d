import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { createDexieSearchSource } from '../../../renderer/src/features/search/dexieSearchSource.ts';
import type { SearchGroup } from '../../../renderer/src/features/search/searchDocument.ts';
import { createSearchIndex } from '../../../renderer/src/features/search/searchIndex.ts';
import type { IndexStatus, WorkerEvent } from '../../../renderer/src/features/search/searchProtocol.ts';
import { startSearchWorkerCore } from '../../../renderer/src/features/search/searchWorkerCore.ts';
import { createSnapshotStore } from '../../../renderer/src/features/search/snapshotStore.ts';

async function setup(name: string) {
  const indexedDB = new IDBFactory();
  const db = await openKakehashiDb({ name, indexedDB, IDBKeyRange });
  const repos = createRepositories(db);
  const snapshots = createSnapshotStore({ name: `${name}-index`, indexedDB, IDBKeyRange });
  const start = () => {
    const events: WorkerEvent[] = [];
    const core = startSearchWorkerCore({
      createIndex: createSearchIndex,
      source: createDexieSearchSource(db),
      snapshots,
      post: (event) => events.push(event),
      now: () => performance.now(),
      yieldToMessages: () => new Promise((resolve) => setTimeout(resolve, 0)),
      saveDelayMs: 60_000,
    });
    let seq = 0;
    const search = (query: string): readonly SearchGroup[] => {
      seq += 1;
      core.handle({ type: 'search', seq, query, perKind: 5 });
      const answer = events.findLast((event) => event.type === 'results' && event.seq === seq);
      if (answer?.type !== 'results') throw new Error('no answer');
      return answer.groups;
    };
    const statuses = (): IndexStatus[] => events.flatMap((event) => (event.type === 'status' ? [event.status] : []));
    return { core, search, statuses };
  };
  return { db, repos, start, snapshots };
}

const titles = (groups: readonly SearchGroup[], kind: string): string[] =>
  groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.title) ?? [];

describe('search worker over the database', () => {
  it('indexes companies, contacts, visits, needs and seeds at start and reports progress', async () => {
    const { repos, start } = await setup('search-build');
    const company = await repos.companies.create({
      name: '株式会社サクランボ研究所',
      nameKana: 'さくらんぼけんきゅうじょ',
      kind: 'foodMaker',
      municipality: '06206',
      contacts: [{ name: '奥山 美咲', kana: 'おくやま みさき', title: '品質管理課長' }],
    });
    const visit = await repos.visits.create({ companyId: company.id, date: '2026-06-01', purpose: 'needsDiscovery', summary: '鮮度保持の相談' });
    await repos.needs.create({ companyId: company.id, title: '出荷時の鮮度保持', field: 'food', keywords: ['コールドチェーン'] });
    await repos.seeds.create({ title: '低温プラズマ殺菌技術', field: 'food', stage: 'applied', keywords: ['殺菌'] });

    const { core, search, statuses } = start();
    await core.built;
    expect(statuses().at(-1)).toMatchObject({ state: 'ready', indexed: 5, total: 4 });

    const groups = search('さくらんぼ');
    expect(titles(groups, 'company')).toEqual(['株式会社サクランボ研究所']);
    expect(groups.find((group) => group.kind === 'visit')?.hits[0]).toMatchObject({
      route: `#/visits/${visit.id}`,
      date: '2026-06-01',
      subtitle: '鮮度保持の相談',
    });
    expect(titles(search('おくやま'), 'contact')).toEqual(['奥山 美咲']);
    expect(search('おくやま')[0]?.hits[0]?.route).toBe(`#/companies/${company.id}`);
    expect(titles(search('こーるどちぇーん'), 'need')).toEqual(['出荷時の鮮度保持']);
    expect(titles(search('ﾌﾟﾗｽﾞﾏ'), 'seed')).toEqual(['低温プラズマ殺菌技術']);
    expect(titles(search('寒河江'), 'company')).toEqual(['株式会社サクランボ研究所']);
  });

  it('follows edits, renames and deletions made after the index is built', async () => {
    const { repos, start } = await setup('search-follow');
    const company = await repos.companies.create({ name: '月山フーズ', kind: 'foodMaker', contacts: [{ name: '佐藤 健一' }] });
    await repos.visits.create({ companyId: company.id, date: '2026-05-01', purpose: 'followUp' });
    const { core, search } = start();
    await core.built;

    await repos.companies.update(company.id, { name: '蔵王ラ・フランス農園', contacts: [] });
    await vi.waitFor(() => expect(titles(search('らふらんす'), 'company')).toEqual(['蔵王ラ・フランス農園']));
    // The visit is titled with its company's name, so the rename reaches it too.
    expect(titles(search('らふらんす'), 'visit')).toEqual(['蔵王ラ・フランス農園']);
    expect(search('月山')).toEqual([]);
    expect(search('佐藤')).toEqual([]);

    await repos.companies.remove(company.id);
    await vi.waitFor(() => expect(titles(search('らふらんす'), 'company')).toEqual([]));
  });

  it('picks up a bulk write, which Dexie announces as a change of the whole table', async () => {
    const { repos, start } = await setup('search-bulk');
    const { core, search } = start();
    await core.built;
    const inputs = Array.from({ length: 60 }, (_, i) => ({ name: `出羽バイオ${i + 1}号`, kind: 'medical' as const }));
    await repos.companies.bulkCreate(inputs);
    await vi.waitFor(() => expect(titles(search('ばいお60'), 'company')).toEqual(['出羽バイオ60号']));
    expect(search('ばいお')[0]?.more).toBe(true);
  });
});

describe('search index across restarts', () => {
  it('restores the saved index and catches up with edits it missed', async () => {
    const { repos, start } = await setup('search-restore');
    const kept = await repos.companies.create({ name: '株式会社サクランボ研究所', kind: 'foodMaker' });
    const gone = await repos.companies.create({ name: '月山フーズ', kind: 'foodMaker' });
    const first = start();
    await first.core.saved();
    expect(first.statuses().filter((s) => s.state === 'building').length).toBeGreaterThan(1);

    // Changes the saved index has not seen (the first run saves only after a quiet minute).
    await repos.companies.update(kept.id, { name: '株式会社サクランボ研究所 寒河江工場' });
    await repos.companies.remove(gone.id);
    await repos.seeds.create({ title: '紅花色素の安定化技術', field: 'food', stage: 'basic' });

    const second = start();
    await second.core.built;
    // Restored: ready at once, no building progress.
    expect(second.statuses().filter((s) => s.state === 'building')).toHaveLength(1);
    expect(titles(second.search('さくらんぼ'), 'company')).toEqual(['株式会社サクランボ研究所 寒河江工場']);
    expect(second.search('ふーず')).toEqual([]);
    expect(titles(second.search('紅花'), 'seed')).toEqual(['紅花色素の安定化技術']);
  });

  it('builds afresh when the saved index is of another format', async () => {
    const { repos, start, snapshots } = await setup('search-format');
    await repos.companies.create({ name: '出羽バイオ', kind: 'medical' });
    await snapshots.save({ format: 0, nextEntry: 1, stale: 0, entries: '[]', chunks: [] });
    const run = start();
    await run.core.built;
    expect(run.statuses().filter((s) => s.state === 'building').length).toBeGreaterThan(1);
    expect(titles(run.search('ばいお'), 'company')).toEqual(['出羽バイオ']);
  });
});
