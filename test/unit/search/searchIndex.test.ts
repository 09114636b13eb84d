import { describe, expect, it } from 'vitest';
import type { SearchDocument, SearchGroup } from '../../../renderer/src/features/search/searchDocument.ts';
import { createSearchIndex, shardSize } from '../../../renderer/src/features/search/searchIndex.ts';
import { saveAndRestore } from './saveAndRestore.ts';

const company = (id: string, title: string, text: string[] = []): SearchDocument => ({
  kind: 'company',
  id,
  title,
  subtitle: '寒河江市',
  text,
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

  it('finds 異体字 and 株式会社 written either way, in the document or in the query', () => {
    const index = createSearchIndex();
    index.put(company('c1', '㈱髙橋農園'));
    index.put(company('c2', '有限会社渡邉醸造'));
    expect(titlesOf(index.search('株式会社高橋'))).toEqual(['㈱髙橋農園']);
    expect(titlesOf(index.search('(株)髙橋'))).toEqual(['㈱髙橋農園']);
    expect(titlesOf(index.search('(有)渡辺'))).toEqual(['有限会社渡邉醸造']);
    expect(titlesOf(index.search('渡邊醸造'))).toEqual(['有限会社渡邉醸造']);
  });

  it('finds kana from romaji typed with the IME off, and Latin names still by their letters', () => {
    const index = createSearchIndex();
    index.put(company('c1', '株式会社サクランボ研究所', ['さくらんぼけんきゅうじょ']));
    index.put(company('c2', 'やまがたフーズ'));
    index.put(company('c3', 'YBC山形'));
    expect(titlesOf(index.search('sakuranbo'))).toEqual(['株式会社サクランボ研究所']);
    expect(titlesOf(index.search('Yamagata'))).toEqual(['やまがたフーズ']);
    expect(titlesOf(index.search('ybc'))).toEqual(['YBC山形']);
    expect(titlesOf(index.search('sakuranbo kenkyuujo'))).toEqual(['株式会社サクランボ研究所']);
  });

  it('lists more than the quick search shows when asked for a full list', () => {
    const index = createSearchIndex();
    for (let i = 0; i < 60; i++) index.put(company(`c${i}`, `山形食品${i}`));
    const quick = index.search('山形', 6).find((group) => group.kind === 'company');
    expect(quick?.hits).toHaveLength(6);
    expect(quick?.more).toBe(true);
    const full = index.search('山形', 500).find((group) => group.kind === 'company');
    expect(full?.hits).toHaveLength(60);
    expect(full?.more).toBe(false);
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
      index.put({
        kind: 'visit',
        id: `v${i}`,
        title: '蔵王サクランボ農園',
        subtitle: '2026-06-01',
        text: [],
      });
    }
    index.put({ kind: 'seed', id: 's1', title: 'サクランボの鮮度保持技術', text: [] });
    index.put(company('c1', '蔵王サクランボ農園'));
    const groups = index.search('さくらんぼ');
    expect(groups.map((group) => group.kind)).toEqual(['company', 'visit', 'seed']);
    expect(groups[1]?.hits).toHaveLength(5);
    expect(groups[1]?.more).toBe(true);
    expect(groups[0]?.hits[0]?.id).toBe('c1');
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
  });

  it('still finds a new document after hundreds of matching documents were deleted', () => {
    const index = createSearchIndex();
    for (let i = 0; i < 300; i++) index.put(company(`old${i}`, `サクランボ農園${i}`));
    for (let i = 0; i < 300; i++) index.remove(`old${i}`);
    index.put(company('new', '新サクランボ農園'));
    expect(titlesOf(index.search('さくらんぼ'))).toEqual(['新サクランボ農園']);
    expect(index.size()).toBe(1);
  });

  it('finds a small-kana name from full-size kana and the other way round', () => {
    const index = createSearchIndex();
    index.put(company('c1', 'キャノンフーズ'));
    index.put(company('c2', 'ヴァイオテック山形'));
    expect(titlesOf(index.search('きやのん'))).toEqual(['キャノンフーズ']);
    expect(titlesOf(index.search('ｷﾔﾉﾝ'))).toEqual(['キャノンフーズ']);
    expect(titlesOf(index.search('ヴアイオ'))).toEqual(['ヴァイオテック山形']);
  });

  it('removes a document edited or deleted in a shard other than the newest', () => {
    const index = createSearchIndex();
    const visit = (i: number, summary: string): SearchDocument => ({
      kind: 'visit',
      id: `v${i}`,
      title: '月山フーズ',
      text: [summary],
    });
    for (let i = 0; i < shardSize + 10; i++) index.put(visit(i, i === 3 ? '紅花の色素を相談' : '定期訪問'));
    expect(titlesOf(index.search('紅花'), 'visit')).toEqual(['月山フーズ']);
    index.put(visit(3, '鮮度保持を相談'));
    expect(index.search('紅花')).toEqual([]);
    expect(index.search('鮮度保持')[0]?.hits.map((hit) => hit.id)).toEqual(['v3']);
    index.remove('v3');
    expect(index.search('鮮度保持')).toEqual([]);
    expect(index.size()).toBe(shardSize + 9);
  });

  it('gives nothing for a blank query', () => {
    const index = createSearchIndex();
    index.put(company('c1', '米沢食品'));
    expect(index.search('  ')).toEqual([]);
  });
});

describe('search index upkeep', () => {
  it('answers as before once settled after a build, and goes on taking edits', () => {
    const index = createSearchIndex();
    const docs = [
      company('c1', '株式会社サクランボ研究所', ['さくらんぼけんきゅうじょ']),
      company('c2', '米沢食品'),
      company('c3', '山形バイオ'),
    ];
    for (const doc of docs) index.put(doc);
    const queries = ['さくらんぼ', '米沢', '米', 'ばいお', '山'];
    const before = queries.map((query) => index.search(query));
    index.settle();
    expect(queries.map((query) => index.search(query))).toEqual(before);
    index.put(company('c4', '米沢サクランボ'));
    expect(titlesOf(index.search('米沢'))).toEqual(['米沢食品', '米沢サクランボ']);
    expect(titlesOf(index.search('米'))).toEqual(['米沢食品', '米沢サクランボ']);
  });

  it('tells whether a put changed anything', () => {
    const index = createSearchIndex();
    expect(index.put(company('c1', '米沢食品'))).toBe(true);
    expect(index.put(company('c1', '米沢食品'))).toBe(false);
    expect(index.put(company('c1', '米沢食品', ['よねざわしょくひん']))).toBe(true);
    expect(titlesOf(index.search('しょくひん'))).toEqual(['米沢食品']);
  });
});

describe('search index snapshot', () => {
  it('restores to an index that answers like the original and keeps following edits', async () => {
    const index = createSearchIndex();
    index.put(company('c1', '株式会社サクランボ研究所', ['さくらんぼけんきゅうじょ']));
    index.put(company('c2', '米沢食品'));
    index.put({
      kind: 'visit',
      id: 'v1',
      title: '米沢食品',
      date: '2026-06-01',
      text: ['佐藤 健一'],
    });
    index.remove('c2');
    const restored = await saveAndRestore(index);
    for (const query of ['さくらんぼ', '米沢', '米', '佐藤', 'けんきゅう'])
      expect(restored.search(query)).toEqual(index.search(query));
    expect(restored.size()).toBe(2);
    expect(restored.put(company('c1', '株式会社サクランボ研究所', ['さくらんぼけんきゅうじょ']))).toBe(false);
    restored.put(company('c1', '株式会社ラ・フランス研究所'));
    expect(restored.search('さくらんぼ')).toEqual([]);
    expect(titlesOf(restored.search('らふらんす'))).toEqual(['株式会社ラ・フランス研究所']);
  });
});

describe('search index snapshot in pieces', () => {
  // Kana text that differs from visit to visit: about 29 distinct bigrams each.
  const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん';
  const textOf = (n: number): string => {
    let seed = n * 2_654_435_761;
    let text = '';
    for (let i = 0; i < 30; i++) {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      text += kana.charAt(seed % kana.length);
    }
    return text;
  };

  it('writes a full shard in several bounded pieces and restores every visit from them', async () => {
    const index = createSearchIndex();
    const visits = shardSize + 500;
    for (let n = 0; n < visits; n++)
      index.put({ kind: 'visit', id: `v${n}`, title: '米沢食品', date: '2026-06-01', text: [textOf(n)] });
    const written: { part: string; key: string; length: number }[] = [];
    await index.save((part) => {
      written.push({ part: part.part, key: part.key, length: part.data.length });
      return Promise.resolve();
    });
    const firstShardMap = written.filter((piece) => piece.part === '0' && piece.key.endsWith('.map'));
    expect(firstShardMap.length).toBeGreaterThan(1);
    const whole = firstShardMap.reduce((sum, piece) => sum + piece.length, 0);
    for (const piece of firstShardMap) expect(piece.length).toBeLessThan(whole / 2);

    const restored = await saveAndRestore(index);
    expect(restored.size()).toBe(visits);
    for (const n of [0, 1_234, 4_000, shardSize - 1, shardSize, visits - 1]) {
      const query = textOf(n).slice(3, 11);
      const found = restored.search(query, 50).find((group) => group.kind === 'visit')?.hits ?? [];
      expect(found.map((hit) => hit.id)).toContain(`v${n}`);
      expect(restored.search(query, 50)).toEqual(index.search(query, 50));
    }
  });
});
