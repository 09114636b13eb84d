import { describe, expect, it } from 'vitest';
import type { SearchDocument, SearchGroup } from '../../../renderer/src/features/search/searchDocument.ts';
import {
  createSearchIndex,
  shardSize,
  type SearchIndex,
  type SnapshotPart,
} from '../../../renderer/src/features/search/searchIndex.ts';
import { saveAndRestore } from './saveAndRestore.ts';

// An index built elsewhere (a build helper) and absorbed into reserved numbers must answer like an
// index that indexed the same visits itself, and keep following edits afterwards.

const visit = (id: string, summary: string, title = '月山フーズ'): SearchDocument => ({
  kind: 'visit',
  id,
  title,
  subtitle: summary,
  date: '2026-06-01',
  text: [summary],
});

const visitIds = (groups: readonly SearchGroup[]): string[] =>
  groups.find((group) => group.kind === 'visit')?.hits.map((hit) => hit.id) ?? [];

// What a helper sends: the visit pieces of an index numbered from `base` (shards, then the table).
async function helperParts(docs: readonly SearchDocument[], base = 0): Promise<SnapshotPart[]> {
  const helper = createSearchIndex();
  if (base > 0) helper.reserve('visit', base);
  for (const doc of docs) helper.put(doc);
  const parts: SnapshotPart[] = [];
  await helper.save((part) => {
    if (part.kind === 'visit') parts.push(structuredClone(part));
    return Promise.resolve();
  });
  return parts;
}

function absorbAll(index: SearchIndex, parts: readonly SnapshotPart[], skip = (_id: string) => false): string[] {
  return parts.flatMap((part) => index.absorb(part, skip));
}

const helperVisits = [
  visit('v1', '紅花色素の退色を相談'),
  visit('v2', 'サクランボの鮮度保持', '蔵王サクランボ農園'),
  visit('v3', '漬物の乳酸菌検査'),
  visit('v4', '米粉パンの試作'),
];

describe('search index absorbing pieces of a build helper', () => {
  it('finds absorbed visits by their words, and new visits, edits and deletions afterwards', async () => {
    const index = createSearchIndex();
    index.reserve('visit', shardSize);
    expect(absorbAll(index, await helperParts(helperVisits)).sort()).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(index.size()).toBe(4);
    expect(visitIds(index.search('退色'))).toEqual(['v1']);
    expect(visitIds(index.search('さくらんぼ'))).toEqual(['v2']);
    expect(index.search('乳酸菌')[0]?.hits[0]).toMatchObject({
      id: 'v3',
      title: '月山フーズ',
      subtitle: '漬物の乳酸菌検査',
      date: '2026-06-01',
      route: '#/visits/v3',
    });

    index.put(visit('v5', '紅花の栽培指導'));
    expect(visitIds(index.search('紅花')).sort()).toEqual(['v1', 'v5']);
    // Absorbed unchanged: putting the same document again changes nothing.
    expect(index.put(visit('v4', '米粉パンの試作'))).toBe(false);

    index.put(visit('v1', 'ラ・フランスの追熟試験'));
    expect(visitIds(index.search('退色'))).toEqual([]);
    expect(visitIds(index.search('紅花'))).toEqual(['v5']);
    expect(visitIds(index.search('追熟'))).toEqual(['v1']);

    index.remove('v3');
    expect(index.search('乳酸菌')).toEqual([]);
    expect(index.has('v3')).toBe(false);
    expect(index.size()).toBe(4);
  });

  it('takes the pieces of two helpers numbered in their own reserved shards', async () => {
    const index = createSearchIndex();
    index.reserve('visit', 2 * shardSize);
    const first = await helperParts(helperVisits.slice(0, 2), 0);
    const second = await helperParts(helperVisits.slice(2), shardSize);
    // The second helper's pieces may arrive first.
    expect(absorbAll(index, [...second, ...first]).sort()).toEqual(['v1', 'v2', 'v3', 'v4']);
    for (const [query, id] of [
      ['退色', 'v1'],
      ['鮮度保持', 'v2'],
      ['乳酸菌', 'v3'],
      ['米粉', 'v4'],
    ] as const)
      expect(visitIds(index.search(query))).toEqual([id]);
  });

  it('leaves out a visit that skip names or that is indexed already, with the words it came with', async () => {
    const index = createSearchIndex();
    index.reserve('visit', shardSize);
    // Changed here while the helper worked: this version wins.
    index.put(visit('v4', '玄米の発芽試験'));
    const taken = absorbAll(index, await helperParts(helperVisits), (id) => id === 'v2');
    expect(taken.sort()).toEqual(['v1', 'v3']);
    expect(index.search('さくらんぼ')).toEqual([]);
    expect(index.search('鮮度保持')).toEqual([]);
    expect(index.has('v2')).toBe(false);
    expect(index.search('米粉')).toEqual([]);
    expect(visitIds(index.search('発芽'))).toEqual(['v4']);
    expect(visitIds(index.search('退色'))).toEqual(['v1']);
    expect(index.size()).toBe(3);
  });

  it('refuses a piece naming a shard or a number past the reserved end, and shows nothing of it', async () => {
    const index = createSearchIndex();
    index.reserve('visit', shardSize);
    index.put(visit('own', '庄内柿の渋抜き'));
    const before = ['退色', '渋抜き', 'さくらんぼ'].map((query) => index.search(query));

    // Numbered past the reserved shard: its shards and its table do not fit.
    const outside = await helperParts(helperVisits, shardSize);
    const shards = outside.filter((part) => part.part !== 'table');
    const tables = outside.filter((part) => part.part === 'table');
    expect(shards.length).toBeGreaterThan(0);
    expect(tables.length).toBeGreaterThan(0);
    for (const part of shards) expect(() => index.absorb(part, () => false)).toThrow(/outside the reserved/);
    for (const part of tables) expect(() => index.absorb(part, () => false)).toThrow(/outside the reserved/);
    expect(() => index.absorb({ kind: 'visit', part: 'x', key: '1.map', data: '[]' }, () => false)).toThrow();

    expect(['退色', '渋抜き', 'さくらんぼ'].map((query) => index.search(query))).toEqual(before);
    expect(index.size()).toBe(1);
    expect(index.has('v1')).toBe(false);
  });

  it('keeps each helper inside its own share: a piece past it, or a table with one row past it, is refused whole', async () => {
    const index = createSearchIndex();
    index.reserve('visit', 2 * shardSize);
    const first = { start: 0, end: shardSize };
    // The second helper's pieces fit the reservation but not the first helper's share.
    const second = await helperParts(helperVisits, shardSize);
    for (const part of second) expect(() => index.absorb(part, () => false, first)).toThrow(/outside the reserved/);
    // One row of a table outside the share: none of its rows is taken.
    const own = await helperParts(helperVisits);
    const table = own.find((part) => part.part === 'table');
    const rows = JSON.parse(table?.data ?? '[]') as unknown[][];
    const stray = [shardSize, 'v9', '月山フーズ', 1, '', 0];
    const mixed = { kind: 'visit' as const, part: 'table', key: '0', data: JSON.stringify([...rows, stray]) };
    for (const part of own.filter((part) => part.part !== 'table')) index.absorb(part, () => false, first);
    expect(() => index.absorb(mixed, () => false, first)).toThrow(/outside the reserved/);
    expect(index.size()).toBe(0);
    expect(visitIds(index.search('退色'))).toEqual([]);
    // The table as the helper sent it fits.
    expect(index.absorb(table ?? mixed, () => false, first).sort()).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(visitIds(index.search('退色'))).toEqual(['v1']);
  });

  it('refuses pieces without reserved numbers, and reserving anything but an empty visit kind', async () => {
    const parts = await helperParts(helperVisits);
    const unreserved = createSearchIndex();
    for (const part of parts) expect(() => unreserved.absorb(part, () => false)).toThrow(/no numbers reserved/);
    expect(unreserved.search('退色')).toEqual([]);

    expect(() => createSearchIndex().reserve('company', shardSize)).toThrow();
    expect(() => createSearchIndex().reserve('visit', shardSize + 1)).toThrow();
    const used = createSearchIndex();
    used.put(visit('v9', '定期訪問'));
    expect(() => used.reserve('visit', shardSize)).toThrow();
    expect(visitIds(used.search('定期訪問'))).toEqual(['v9']);
  });

  it('saves and restores an index with absorbed visits to one that answers the same', async () => {
    const index = createSearchIndex();
    index.reserve('visit', shardSize);
    absorbAll(index, await helperParts(helperVisits), (id) => id === 'v4');
    index.put(visit('v5', '紅花の栽培指導'));
    index.put(visit('v2', '西洋梨の追熟試験'));
    index.remove('v3');
    index.put({ kind: 'company', id: 'c1', title: '月山フーズ', text: ['がっさんふーず'] });

    const restored = await saveAndRestore(index);
    const queries = ['紅花', '退色', 'さくらんぼ', '追熟', '乳酸菌', '米粉', '月山', 'がっさん'];
    for (const query of queries) expect(restored.search(query)).toEqual(index.search(query));
    expect(visitIds(restored.search('紅花')).sort()).toEqual(['v1', 'v5']);
    expect(restored.size()).toBe(index.size());

    // Still follows edits: an absorbed visit's words are replaced in the restored index too.
    restored.put(visit('v1', '玄米の発芽試験'));
    expect(visitIds(restored.search('紅花'))).toEqual(['v5']);
    expect(visitIds(restored.search('発芽'))).toEqual(['v1']);
  });
});
