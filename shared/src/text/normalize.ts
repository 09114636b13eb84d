// One normalisation for Japanese search: applied to documents and queries alike, so that what a
// coordinator types matches however the record was written (kana, width, case, dash variant).

const katakanaStart = 0x30a1; // ァ
const katakanaEnd = 0x30f6; // ヶ
const kanaOffset = 0x60; // distance from katakana to hiragana in Unicode

/**
 * Characters that people and input methods use interchangeably for the long-vowel mark or a
 * dash: after NFKC, half-width ｰ is already ー and full-width － is already '-'.
 */
const dashLike = /[\u002d\u02d7\u2010-\u2015\u2043\u2212\u2500\u2501\u2796\u30fc\ufe58\ufe63\uff0d\uff70]/gu;

// The middle dot between words of a katakana name is written or left out at will (ラ・フランス,
// ラフランス): it is dropped. NFKC has already turned half-width ･ into ・.
const middleDot = /\u30fb/gu;

/** The character every dash or long-vowel variant becomes. */
export const unifiedDash = '\u30fc';

/** Turns katakana (including ヴ, ヵ, ヶ and the iteration marks ヽヾ) into hiragana; leaves other text as is. */
export function katakanaToHiragana(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= katakanaStart && code <= katakanaEnd) || code === 0x30fd || code === 0x30fe) {
      out += String.fromCodePoint(code - kanaOffset);
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * Normalises text for matching: NFKC (half-width kana and full-width Latin/digits), lower case,
 * katakana → hiragana, every dash and long-vowel variant → ー, the middle dot ・ dropped, runs of
 * whitespace → one space, trimmed.
 */
export function normalizeForSearch(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  return katakanaToHiragana(nfkc).replace(dashLike, unifiedDash).replace(middleDot, '').replace(/\s+/gu, ' ').trim();
}
