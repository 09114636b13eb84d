import { describe, expect, it } from 'vitest';
import { bigramTokens, planQuery, releaseTokenCache, unigramTokens } from '#shared/text/tokenize';

describe('bigramTokens', () => {
  it('gives the distinct bigrams of each word, without bridging spaces', () => {
    expect(bigramTokens('サクランボ')).toEqual(['さく', 'くら', 'らん', 'んぼ']);
    expect(bigramTokens('山形 米')).toEqual(['山形', '米']);
    expect(bigramTokens('ああああ')).toEqual(['ああ']);
  });

  it('gives the same tokens after the kept bigram strings are released', () => {
    const before = bigramTokens('庄内柿の渋抜き 𠮷野家 米');
    releaseTokenCache();
    expect(bigramTokens('庄内柿の渋抜き 𠮷野家 米')).toEqual(before);
    expect(before).toEqual(['庄内', '内柿', '柿の', 'の渋', '渋抜', '抜き', '𠮷野', '野家', '米']);
  });

  it('keeps a character outside the basic plane as one character', () => {
    expect(bigramTokens('𠮷野家')).toEqual(['𠮷野', '野家']);
  });

  it('produces the same tokens for half-width, full-width and katakana spellings', () => {
    expect(bigramTokens('ｻｸﾗﾝﾎﾞ')).toEqual(bigramTokens('さくらんぼ'));
    expect(bigramTokens('ＡＢＣ１２３')).toEqual(bigramTokens('abc123'));
  });
});

describe('unigramTokens', () => {
  it('gives the distinct normalised characters, spaces left out', () => {
    expect(unigramTokens('米沢 米')).toEqual(['米', '沢']);
    expect(unigramTokens('ｱ')).toEqual(['あ']);
  });
});

describe('planQuery', () => {
  it('answers one character from unigrams', () => {
    expect(planQuery(' ｱ ')).toEqual({ mode: 'unigram', terms: ['あ'], normalized: 'あ' });
  });

  it('matches longer queries by bigrams covering every character, dropping lone characters beside longer words', () => {
    expect(planQuery('サクランボ 米')).toEqual({
      mode: 'bigram',
      terms: ['さく', 'らん', 'んぼ'],
      normalized: 'さくらんぼ 米',
    });
    expect(planQuery('ｻｸﾗﾝ')).toMatchObject({ mode: 'bigram', terms: ['さく', 'らん'] });
    expect(planQuery('ab')).toMatchObject({ mode: 'bigram', terms: ['ab'] });
  });

  it('plans only bigrams that a document containing the query also yields', () => {
    for (const query of ['ラ・フランス', 'ＡＢＣ１２３', '株式会社 山形', 'コーヒー']) {
      const documentTerms = new Set(bigramTokens(`前置き${query}後書き`));
      for (const term of planQuery(query).terms) expect(documentTerms).toContain(term);
    }
  });

  it('needs every character when the query has only one-character words', () => {
    expect(planQuery('米 麦')).toMatchObject({ mode: 'unigram', terms: ['米', '麦'] });
  });

  it('has nothing to look up for blank input', () => {
    expect(planQuery(' 　\t')).toMatchObject({ mode: 'empty', terms: [] });
  });
});

describe('small kana in tokens', () => {
  it('gives the same bigrams for a name written with small or full-size kana', () => {
    expect(bigramTokens('キャノン')).toEqual(bigramTokens('キヤノン'));
    expect(planQuery('きゃのん').terms).toEqual(planQuery('ｷﾔﾉﾝ').terms);
  });
});
