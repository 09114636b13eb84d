import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { answerBoardBytes, readAnswer } from '../../../renderer/src/features/search/answerBoard.ts';
import { createDexieSearchSource } from '../../../renderer/src/features/search/dexieSearchSource.ts';
import type { SearchGroup } from '../../../renderer/src/features/search/searchDocument.ts';
import { createSearchIndex, restoreSearchIndex } from '../../../renderer/src/features/search/searchIndex.ts';
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
      restoreIndex: restoreSearchIndex,
      source: createDexieSearchSource(db),
      snapshots,
      post: (event) => events.push(event),
      now: () => performance.now(),
      yieldToMessages: () => new Promise((resolve) => setTimeout(resolve, 0)),
      saveDelayMs: 60_000,
    });
    let seq = 0;
    const search = async (query: string, onBoard = false): Promise<readonly SearchGroup[]> => {
      seq += 1;
      const asked = seq;
      core.handle({ type: 'search', seq: asked, query, perKind: 5, sentAt: performance.now(), onBoard });
      return vi.waitFor(() => {
        const answer = events.findLast((event) => event.type === 'results' && event.seq === asked);
        if (answer?.type !== 'results') throw new Error('no answer yet');
        return answer.groups;
      });
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
    const visit = await repos.visits.create({
      companyId: company.id,
      date: '2026-06-01',
      purpose: 'needsDiscovery',
      summary: '鮮度保持の相談',
    });
    await repos.needs.create({
      companyId: company.id,
      title: '出荷時の鮮度保持',
      field: 'food',
      keywords: ['コールドチェーン'],
    });
    await repos.seeds.create({ title: '低温プラズマ殺菌技術', field: 'food', stage: 'applied', keywords: ['殺菌'] });

    const { core, search, statuses } = start();
    await core.built;
    expect(statuses().at(-1)).toMatchObject({ state: 'ready', indexed: 5, total: 4 });

    const groups = await search('さくらんぼ');
    expect(titles(groups, 'company')).toEqual(['株式会社サクランボ研究所']);
    expect(groups.find((group) => group.kind === 'visit')?.hits[0]).toMatchObject({
      route: `#/visits/${visit.id}`,
      date: '2026-06-01',
      subtitle: '鮮度保持の相談',
    });
    expect(titles(await search('おくやま'), 'contact')).toEqual(['奥山 美咲']);
    expect((await search('おくやま'))[0]?.hits[0]).toMatchObject({
      route: `#/companies/${company.id}`,
      subtitle: '株式会社サクランボ研究所・品質管理課長',
    });
    expect(titles(await search('こーるどちぇーん'), 'need')).toEqual(['出荷時の鮮度保持']);
    expect(titles(await search('ﾌﾟﾗｽﾞﾏ'), 'seed')).toEqual(['低温プラズマ殺菌技術']);
    expect(titles(await search('寒河江'), 'company')).toEqual(['株式会社サクランボ研究所']);
  });

  it('writes an answer the page waits for to the answer board, and posts it as well', async () => {
    const { repos, start } = await setup('search-board');
    await repos.companies.create({ name: '庄内ファーム', nameKana: 'しょうないふぁーむ', kind: 'foodMaker' });
    const { core, search } = start();
    await core.built;
    const board = new SharedArrayBuffer(answerBoardBytes);
    core.handle({ type: 'board', board });
    const posted = await search('しょうない', true);
    expect(titles(posted, 'company')).toEqual(['庄内ファーム']);
    const onBoard = readAnswer(board, 1, performance.now(), () => performance.now());
    expect(onBoard).toMatchObject({ query: 'しょうない' });
    expect(onBoard?.groups).toEqual(posted);
    // A query the page does not wait for is answered by message only.
    expect(titles(await search('ふぁーむ'), 'company')).toEqual(['庄内ファーム']);
    expect(readAnswer(board, 2, performance.now(), () => performance.now())).toBeNull();
  });

  it('finds visits, needs and seeds by the words of their texts', async () => {
    const { repos, start } = await setup('search-content');
    const company = await repos.companies.create({ name: '月山フーズ', kind: 'foodMaker' });
    const visit = await repos.visits.create({
      companyId: company.id,
      date: '2026-05-01',
      purpose: 'followUp',
      summary: '工場長同席。紅花色素の退色について試験方法を相談された。',
    });
    await repos.needs.create({
      companyId: company.id,
      title: '出荷前の品質検査',
      description: '漬物の乳酸菌数を簡便に測りたい。',
      field: 'food',
    });
    await repos.seeds.create({
      title: '迅速微生物検査法',
      field: 'food',
      stage: 'applied',
      advantage: '培養なしで数時間のうちに判定できる。',
    });
    const { core, search } = start();
    await core.built;

    const visits = (await search('退色')).find((group) => group.kind === 'visit');
    expect(visits?.hits.map((hit) => hit.route)).toEqual([`#/visits/${visit.id}`]);
    expect(titles(await search('乳酸菌'), 'need')).toEqual(['出荷前の品質検査']);
    expect(titles(await search('培養なし'), 'seed')).toEqual(['迅速微生物検査法']);
  });

  it('follows edits, renames and deletions made after the index is built', async () => {
    const { repos, start } = await setup('search-follow');
    const company = await repos.companies.create({
      name: '月山フーズ',
      kind: 'foodMaker',
      contacts: [{ name: '佐藤 健一' }],
    });
    await repos.visits.create({ companyId: company.id, date: '2026-05-01', purpose: 'followUp' });
    const { core, search } = start();
    await core.built;

    await repos.companies.update(company.id, { name: '蔵王ラ・フランス農園', contacts: [] });
    await vi.waitFor(async () =>
      expect(titles(await search('らふらんす'), 'company')).toEqual(['蔵王ラ・フランス農園']),
    );
    // The visit is titled with its company's name, so the rename reaches it too.
    expect(titles(await search('らふらんす'), 'visit')).toEqual(['蔵王ラ・フランス農園']);
    expect(await search('月山')).toEqual([]);
    expect(await search('佐藤')).toEqual([]);

    await repos.companies.remove(company.id);
    await vi.waitFor(async () => expect(titles(await search('らふらんす'), 'company')).toEqual([]));
  });

  it('forgets the old words of an edited visit or need and finds nothing of a deleted one', async () => {
    const { repos, start } = await setup('search-edit-content');
    const company = await repos.companies.create({ name: '月山フーズ', kind: 'foodMaker' });
    const visit = await repos.visits.create({
      companyId: company.id,
      date: '2026-05-01',
      purpose: 'followUp',
      summary: '紅花色素の退色を相談された。',
    });
    const need = await repos.needs.create({ companyId: company.id, title: '漬物の乳酸菌検査', field: 'food' });
    const { core, search } = start();
    await core.built;
    // Shown once, so the hit is cached: an edit must not show the old summary afterwards.
    expect((await search('退色'))[0]?.hits[0]?.subtitle).toBe('紅花色素の退色を相談された。');

    await repos.visits.update(visit.id, { summary: '鮮度保持の試験方法を相談された。' });
    await vi.waitFor(async () => expect(await search('退色')).toEqual([]));
    expect((await search('鮮度保持'))[0]?.hits[0]?.subtitle).toBe('鮮度保持の試験方法を相談された。');

    await repos.visits.remove(visit.id);
    await repos.needs.remove(need.id);
    await vi.waitFor(async () => expect(await search('鮮度保持')).toEqual([]));
    await vi.waitFor(async () => expect(await search('乳酸菌')).toEqual([]));
  });

  it('picks up a bulk write, which Dexie announces as a change of the whole table', async () => {
    const { repos, start } = await setup('search-bulk');
    const { core, search } = start();
    await core.built;
    const inputs = Array.from({ length: 60 }, (_, i) => ({ name: `出羽バイオ${i + 1}号`, kind: 'medical' as const }));
    await repos.companies.bulkCreate(inputs);
    await vi.waitFor(async () => expect(titles(await search('ばいお60'), 'company')).toEqual(['出羽バイオ60号']));
    expect((await search('ばいお'))[0]?.more).toBe(true);
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
    expect(titles(await second.search('さくらんぼ'), 'company')).toEqual(['株式会社サクランボ研究所 寒河江工場']);
    expect(await second.search('ふーず')).toEqual([]);
    expect(titles(await second.search('紅花'), 'seed')).toEqual(['紅花色素の安定化技術']);
  });

  it('builds afresh when the saved index is of another format', async () => {
    const { repos, start, snapshots } = await setup('search-format');
    await repos.companies.create({ name: '出羽バイオ', kind: 'medical' });
    await snapshots.save(() => Promise.resolve({ format: 0, kinds: [] }));
    const run = start();
    await run.core.built;
    expect(run.statuses().filter((s) => s.state === 'building').length).toBeGreaterThan(1);
    expect(titles(await run.search('ばいお'), 'company')).toEqual(['出羽バイオ']);
  });
});
