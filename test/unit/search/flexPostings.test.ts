import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { addTerms, compactPostings, postingPieces } from '../../../renderer/src/features/search/flexPostings.ts';
import { bigramTokens } from '#shared/text/tokenize';

// Texts of 1 to ~60 distinct bigrams, so that every slot rule of FlexSearch's scoring is met.
const texts = [
  'あ',
  'さくら',
  'さくらんぼ',
  '山形 米沢 鶴岡',
  '株式会社サクランボ研究所 鮮度保持の相談 佐藤 健一',
  'ラ・フランスの追熟と香り成分の分析について、県農業総合研究センターと打ち合わせた。次回は試作品を持参する。',
  '',
  'ＡＢＣ ｻｸﾗﾝﾎﾞ',
  '発酵 醸造 微生物 成分分析 メタボローム 機能性 保存 加工 品質 鮮度 香り 食感 色 甘味 酸味 苦味 旨味',
];

type Postings = Readonly<{ map: Map<string, unknown[]>; reg: Set<number> }>;
const postingsOf = (index: Index): Postings => index as unknown as Postings;

type Options = Readonly<{
  tokenize: 'strict' | 'forward';
  encode: (text: string) => string[];
  resolution: number;
  fastupdate?: boolean;
}>;

function both(options: Options): { theirs: Index; ours: Index } {
  const theirs = new Index(options);
  const ours = new Index(options);
  texts.forEach((text, n) => {
    theirs.add(n + 1, text);
    addTerms(ours, n + 1, text, bigramTokens);
  });
  return { theirs, ours };
}

const queries = ['さくら', 'らんぼ', '山形', '鮮度保持', '香り', 'abc', 'さくらんぼ', '成分分析'];

describe('postings written straight into a FlexSearch index', () => {
  for (const resolution of [1, 3, 9]) {
    it(`give the same map, register and answers as FlexSearch's add (resolution ${resolution})`, () => {
      const { theirs, ours } = both({ tokenize: 'strict', encode: bigramTokens, resolution });
      expect(postingsOf(ours).map).toEqual(postingsOf(theirs).map);
      expect(postingsOf(ours).reg).toEqual(postingsOf(theirs).reg);
      for (const query of queries) expect(ours.search(query)).toEqual(theirs.search(query));
      ours.remove(5);
      theirs.remove(5);
      expect(ours.search('鮮度保持')).toEqual(theirs.search('鮮度保持'));
    });
  }

  it('go into an index read back from pieces as FlexSearch would put them', () => {
    const options = { tokenize: 'strict', encode: bigramTokens, resolution: 3 } as const;
    const { theirs } = both(options);
    const readBack = (): Index => {
      const copy = new Index(options);
      for (const [key, data] of postingPieces(theirs)) copy.import(key, data);
      return copy;
    };
    const [ours, flex] = [readBack(), readBack()];
    // Words in reverse order: a term met late before (an empty first slot, null in JSON) comes first.
    texts.forEach((text, n) => {
      const reversed = `${text.split(' ').reverse().join(' ')} 追記`;
      addTerms(ours, n + 100, reversed, bigramTokens);
      flex.add(n + 100, reversed);
    });
    for (const query of [...queries, '追記']) expect(ours.search(query)).toEqual(flex.search(query));
    expect(ours.search('追記')).toHaveLength(texts.length);
  });

  it('go through FlexSearch for an index it builds otherwise (forward tokens, a register of postings)', () => {
    const { theirs, ours } = both({ tokenize: 'forward', encode: bigramTokens, resolution: 3, fastupdate: true });
    for (const query of queries) expect(ours.search(query)).toEqual(theirs.search(query));
    expect(ours.search('さく').length).toBeGreaterThan(0);
  });
});

describe('compacted postings', () => {
  it('answer as before, with every array exactly as long as it holds', () => {
    const { theirs, ours } = both({ tokenize: 'strict', encode: bigramTokens, resolution: 3 });
    const kept = compactPostings(ours, () => new Index({ tokenize: 'strict', encode: bigramTokens, resolution: 3 }));
    expect(kept).toBe(ours);
    expect(postingsOf(kept).map).toEqual(postingsOf(theirs).map);
    for (const query of queries) expect(kept.search(query)).toEqual(theirs.search(query));
  });

  it('of an index FlexSearch builds otherwise come back through its export and import', () => {
    const options = { tokenize: 'forward', encode: bigramTokens, resolution: 3 } as const;
    const { theirs } = both(options);
    const kept = compactPostings(theirs, () => new Index(options));
    expect(kept).not.toBe(theirs);
    for (const query of queries) expect(kept.search(query)).toEqual(theirs.search(query));
  });
});

describe('posting pieces', () => {
  it('read back by FlexSearch give the same postings, in several pieces when there are many', () => {
    const options = { tokenize: 'strict', encode: bigramTokens, resolution: 3 } as const;
    const big = new Index(options);
    for (let n = 1; n <= 6_000; n++)
      addTerms(big, n, `${texts[n % texts.length] ?? ''} 記録${String(n)} ${String(n * 7919)}`, bigramTokens);
    const pieces = [...postingPieces(big)];
    expect(pieces.filter(([key]) => key.endsWith('.map')).length).toBeGreaterThan(1);
    const copy = new Index(options);
    for (const [key, data] of pieces) copy.import(key, data);
    // JSON has no holes: an empty slot comes back as null, which FlexSearch skips alike.
    expect(JSON.stringify([...postingsOf(copy).map])).toBe(JSON.stringify([...postingsOf(big).map]));
    expect(postingsOf(copy).reg).toEqual(postingsOf(big).reg);
    expect(copy.search('記録1234')).toContain(1234);
    expect(copy.search('記録1234')).toEqual(big.search('記録1234'));
  });

  it('of an empty index are none', () => {
    expect([...postingPieces(new Index({ tokenize: 'strict', encode: bigramTokens, resolution: 3 }))]).toEqual([]);
  });
});
