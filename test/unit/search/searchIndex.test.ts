import { describe, expect, it } from 'vitest';
import type { SearchDocument, SearchGroup } from '../../../renderer/src/features/search/searchDocument.ts';
import { createSearchIndex } from '../../../renderer/src/features/search/searchIndex.ts';

const company = (id: string, title: string, text: string[] = []): SearchDocument => ({
  kind: 'company',
  id,
  title,
  subtitle: '寒河江市',
  text,
  route: `#/companies/${id}`,
});

const titlesOf = (groups: readonly SearchGroup[], kind = 'company'): string[] =>
  groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.title) ?? [];

describe('search index', () => {
  it('finds a katakana company name from a hiragana query and from half-width katakana', () => {
    const index = createSearchIndex();
    index.put(company('c1', '株式会社サクランボ研究所'));
    index.put(company('c2', '有限会社月山フーズ'));
    expect(titlesOf(index.search('さくらんぼ'))).toEqual(['株式会社サクランボ研究所']);
    expect(titlesOf(index.search('ｻｸﾗﾝﾎﾞ'))).toEqual(['株式会社サクランボ研究所']);
    expect(titlesOf(index.search('ふーず'))).toEqual(['有限会社月山フーズ']);
  });

  it('finds a full-width name from a half-width query and the other way round', () => {
    const index = createSearchIndex();
    index.put(company('c1', 'ＡＢＣ１２３バイオ'));
    index.put(company('c2', 'YBC山形'));
    expect(titlesOf(index.search('abc123'))).toEqual(['ＡＢＣ１２３バイオ']);
    expect(titlesOf(index.search('ｙｂｃ'))).toEqual(['YBC山形']);
  });

  it('matches long-vowel and dash variants', () => {
    const index = createSearchIndex();
    index.put(company('c1', '山形コーヒーセンター'));
    expect(titlesOf(index.search('こ―ひ－'))).toEqual(['山形コーヒーセンター']);
    expect(titlesOf(index.search('ｾﾝﾀｰ'))).toEqual(['山形コーヒーセンター']);
  });

  it('finds a company by its reading and not by text it does not hold', () => {
    const index = createSearchIndex();
    index.put(company('c1', '出羽紅花製薬', ['でわべにばなせいやく']));
    expect(titlesOf(index.search('べにばな'))).toEqual(['出羽紅花製薬']);
    expect(index.search('さくらんぼ')).toEqual([]);
  });

  it('groups results by kind in a fixed order, so many visits never hide a company', () => {
    const index = createSearchIndex();
    for (let i = 0; i < 50; i++) {
      index.put({ kind: 'visit', id: `v${i}`, title: '蔵王サクランボ農園', subtitle: '2026-06-01', text: [], route: `#/visits/v${i}` });
    }
    index.put({ kind: 'seed', id: 's1', title: 'サクランボの鮮度保持技術', text: [], route: '#/seeds/s1' });
    index.put(company('c1', '蔵王サクランボ農園'));
    const groups = index.search('さくらんぼ');
    expect(groups.map((group) => group.kind)).toEqual(['company', 'visit', 'seed']);
    expect(groups[1]?.hits).toHaveLength(5);
    expect(groups[1]?.more).toBe(true);
    expect(groups[0]?.hits[0]?.route).toBe('#/companies/c1');
  });

  it('ranks a title that starts with the query above one that only contains it', () => {
    const index = createSearchIndex();
    index.put(company('c1', '株式会社米沢テクノ'));
    index.put(company('c2', '米沢食品'));
    expect(titlesOf(index.search('よねざわ'))).toEqual([]);
    expect(titlesOf(index.search('米沢'))).toEqual(['米沢食品', '株式会社米沢テクノ']);
  });

  it('answers a one-character query from titles', () => {
    const index = createSearchIndex();
    index.put(company('c1', '米沢食品'));
    index.put(company('c2', '月山フーズ', ['米']));
    expect(titlesOf(index.search('米'))).toEqual(['米沢食品']);
  });

  it('follows edits and deletions', () => {
    const index = createSearchIndex();
    index.put(company('c1', '旧社名サクランボ'));
    index.put(company('c1', '新社名ラ・フランス'));
    expect(index.search('さくらんぼ')).toEqual([]);
    expect(titlesOf(index.search('らふらんす'))).toEqual(['新社名ラ・フランス']);
    expect(index.size()).toBe(1);
    index.remove('c1');
    expect(index.search('ラ・フランス')).toEqual([]);
    expect(index.size()).toBe(0);
    expect(index.staleEntries()).toBe(2);
  });

  it('gives nothing for a blank query', () => {
    const index = createSearchIndex();
    index.put(company('c1', '米沢食品'));
    expect(index.search('  ')).toEqual([]);
  });
});

describe('search index upkeep', () => {
  it('does not grow when a document is put again unchanged', () => {
    const index = createSearchIndex();
    index.put(company('c1', '米沢食品'));
    index.put(company('c1', '米沢食品'));
    expect(index.staleEntries()).toBe(0);
    index.put(company('c1', '米沢食品', ['よねざわしょくひん']));
    expect(index.staleEntries()).toBe(1);
    expect(titlesOf(index.search('しょくひん'))).toEqual(['米沢食品']);
  });
});

describe('search index snapshot', () => {
  it('restores to an index that answers like the original and keeps following edits', () => {
    const index = createSearchIndex();
    index.put(company('c1', '株式会社サクランボ研究所', ['さくらんぼけんきゅうじょ']));
    index.put(company('c2', '米沢食品'));
    index.put({ kind: 'visit', id: 'v1', title: '米沢食品', date: '2026-06-01', text: ['佐藤 健一'], route: '#/visits/v1' });
    index.remove('c2');
    const restored = createSearchIndex(structuredClone(index.snapshot()));
    for (const query of ['さくらんぼ', '米沢', '米', '佐藤', 'けんきゅう']) expect(restored.search(query)).toEqual(index.search(query));
    expect(restored.size()).toBe(2);
    expect(restored.staleEntries()).toBe(1);
    restored.put(company('c1', '株式会社ラ・フランス研究所'));
    expect(restored.search('さくらんぼ')).toEqual([]);
    expect(titlesOf(restored.search('らふらんす'))).toEqual(['株式会社ラ・フランス研究所']);
  });
});
