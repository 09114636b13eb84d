import { describe, expect, it } from 'vitest';
import { katakanaToHiragana, normalizeForSearch, normalizeReading } from '#shared/text/normalize';

describe('normalizeForSearch', () => {
  it('makes a hiragana query and a katakana name the same text', () => {
    expect(normalizeForSearch('サクランボ')).toBe(normalizeForSearch('さくらんぼ'));
    expect(normalizeForSearch('ラ・フランス')).toBe('らふらんす');
    expect(normalizeForSearch('ﾗ･ﾌﾗﾝｽ')).toBe(normalizeForSearch('ラフランス'));
  });

  it('reads half-width katakana, with voiced marks, as full-width', () => {
    expect(normalizeForSearch('ｻｸﾗﾝﾎﾞ')).toBe('さくらんぼ');
    expect(normalizeForSearch('ﾊﾞｲｵ')).toBe('ばいお');
    expect(normalizeForSearch('ﾊﾟｰﾙ')).toBe(normalizeForSearch('パール'));
  });

  it('reads full-width Latin letters and digits as ASCII, in lower case', () => {
    expect(normalizeForSearch('ＡＢＣ１２３')).toBe('abc123');
    expect(normalizeForSearch('ＪＡ全農山形')).toBe('ja全農山形');
    expect(normalizeForSearch('DNA')).toBe(normalizeForSearch('ｄｎａ'));
  });

  it('unifies the long-vowel mark and every dash variant', () => {
    const variants = ['ー', 'ｰ', '‐', '‑', '–', '—', '―', '−', '-', '－', '─'];
    const spelled = variants.map((mark) => normalizeForSearch(`コ${mark}ヒ${mark}`));
    expect(new Set(spelled)).toEqual(new Set(['こーひー']));
    expect(normalizeForSearch('ABC-123')).toBe(normalizeForSearch('ＡＢＣ－１２３'));
    expect(normalizeForSearch('センター')).toBe(normalizeForSearch('ｾﾝﾀｰ'));
  });

  it('reads small kana as full size, in katakana, hiragana and half-width', () => {
    expect(normalizeForSearch('キヤノン')).toBe(normalizeForSearch('キャノン'));
    expect(normalizeForSearch('ｷｬﾉﾝ')).toBe('きやのん');
    expect(normalizeForSearch('ァィゥェォッャュョヮヵヶ')).toBe('あいうえおつやゆよわかけ');
    expect(normalizeForSearch('ぁぃぅぇぉっゃゅょゎ')).toBe('あいうえおつやゆよわ');
    expect(normalizeForSearch('ヴァイオテック')).toBe(normalizeForSearch('ヴアイオテツク'));
    expect(normalizeForSearch('ㇰㇱㇳ')).toBe('くしと');
  });

  it('keeps small kana small in a reading, so that 五十音 order stays a dictionary order', () => {
    expect(normalizeReading('キャノン')).toBe('きゃのん');
    expect(normalizeReading('ｷﾔﾉﾝ・ｰ')).toBe('きやのんー');
  });

  it('folds ideographic and repeated whitespace into one space and trims', () => {
    expect(normalizeForSearch('　山形県\u3000 寒河江市\t\n')).toBe('山形県 寒河江市');
  });

  it('leaves kanji and ordinary punctuation alone', () => {
    expect(normalizeForSearch('株式会社山形バイオ研究所')).toBe('株式会社山形ばいお研究所');
  });

  it.each([
    ['髙橋', '高橋'],
    ['山﨑', '山崎'],
    ['齋藤', '斎藤'],
    ['齊藤', '斉藤'],
    ['渡邊', '渡辺'],
    ['渡邉', '渡辺'],
    ['濱田', '浜田'],
    ['德田', '徳田'],
    ['櫻井', '桜井'],
    ['國井', '国井'],
  ])('folds the 異体字 in %s to %s', (variant, standard) => {
    expect(normalizeForSearch(variant)).toBe(normalizeForSearch(standard));
  });

  it('keeps kanji apart that are different words, though one dictionary lists them as substitutes', () => {
    expect(normalizeForSearch('収集')).not.toBe(normalizeForSearch('集集'));
    expect(normalizeForSearch('埼玉')).not.toBe(normalizeForSearch('崎玉'));
    expect(normalizeForSearch('宏')).not.toBe(normalizeForSearch('広'));
  });

  it('reads ㈱, （株）, (株), ㍿ as 株式会社 and (有) as 有限会社', () => {
    for (const text of ['㈱サクランボ', '（株）サクランボ', '(株)サクランボ', '㍿サクランボ', '株式会社サクランボ'])
      expect(normalizeForSearch(text)).toBe('株式会社さくらんぼ');
    for (const text of ['㈲月山', '（有）月山', '(有)月山']) expect(normalizeForSearch(text)).toBe('有限会社月山');
    expect(normalizeForSearch('(財)')).toBe('(財)');
    // A reading is left as typed: it is sorted, not matched.
    expect(normalizeReading('(株)')).toBe('(株)');
  });

  it('is idempotent', () => {
    for (const text of [
      'ｻｸﾗﾝﾎﾞ',
      'ＡＢＣ１２３',
      'ヴァイオリン',
      'コ―ヒ－',
      '  a  b ',
      'ｷｬﾉﾝ',
      'ㇰ・ﾞ',
      '㈱髙橋',
      '（有）渡邉',
    ]) {
      expect(normalizeForSearch(normalizeForSearch(text))).toBe(normalizeForSearch(text));
    }
  });

  it('normalises a pasted text of any length, and short texts after it', () => {
    const long = `${'ｻｸﾗﾝﾎﾞ '.repeat(20_000)}ｷｬﾉﾝ`;
    expect(normalizeForSearch(long)).toBe(`${'さくらんぼ '.repeat(20_000)}きやのん`);
    expect(normalizeForSearch(' ラ・フランス ')).toBe('らふらんす');
  });
});

describe('katakanaToHiragana', () => {
  it('converts ヴ and small ヵヶ and the iteration marks, and leaves the middle dot to normalisation', () => {
    expect(katakanaToHiragana('ヴヵヶヽヾ・')).toBe('ゔゕゖゝゞ・');
  });
});
