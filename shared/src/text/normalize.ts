// One normalisation for Japanese search: applied to documents and queries alike, so that what a
// coordinator types matches however the record was written (kana, width, case, dash variant,
// small or full-size kana).

const katakanaStart = 0x30a1; // ァ
const katakanaEnd = 0x30f6; // ヶ
const kanaOffset = 0x60; // distance from katakana to hiragana in Unicode

/** The character every dash or long-vowel variant becomes. */
export const unifiedDash = '\u30fc';

/**
 * Characters that people and input methods use interchangeably for the long-vowel mark or a
 * dash: after NFKC, half-width ｰ is already ー and full-width － is already '-'.
 */
const dashLike =
  '\u002d\u02d7\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2500\u2501\u2796\u30fc\ufe58\ufe63\uff0d\uff70';

// Small kana written full size and the other way round are the same name to the person typing
// (キヤノン, キャノン; ヴァイオ, ヴアイオ): after katakana → hiragana they become full size.
// The small katakana of U+31F0… (ㇰ ㇱ …) have no hiragana twin and are folded here too.
const smallToFull: Readonly<Record<string, string>> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ゕ: 'か',
  ゖ: 'け',
  ㇰ: 'く',
  ㇱ: 'し',
  ㇲ: 'す',
  ㇳ: 'と',
  ㇴ: 'ぬ',
  ㇵ: 'は',
  ㇶ: 'ひ',
  ㇷ: 'ふ',
  ㇸ: 'へ',
  ㇹ: 'ほ',
  ㇺ: 'む',
  ㇻ: 'ら',
  ㇼ: 'り',
  ㇽ: 'る',
  ㇾ: 'れ',
  ㇿ: 'ろ',
};

// One table for every character the normalisation rewrites after NFKC, so that text is walked by
// one regular expression (documents are normalised by the hundred thousand when the index builds).
function foldTable(foldSmall: boolean): Readonly<Record<string, string>> {
  const table: Record<string, string> = {};
  for (let code = katakanaStart; code <= katakanaEnd; code++)
    table[String.fromCharCode(code)] = String.fromCharCode(code - kanaOffset);
  table['\u30fd'] = '\u309d'; // ヽ → ゝ
  table['\u30fe'] = '\u309e'; // ヾ → ゞ
  for (const dash of dashLike) table[dash] = unifiedDash;
  // The middle dot between words of a katakana name is written or left out at will (ラ・フランス,
  // ラフランス): it is dropped. NFKC has already turned half-width ･ into ・.
  table['\u30fb'] = '';
  if (foldSmall) {
    for (const [small, full] of Object.entries(smallToFull)) table[small] = full;
    for (let code = katakanaStart; code <= katakanaEnd; code++) {
      const hiragana = table[String.fromCharCode(code)] ?? '';
      const full = smallToFull[hiragana];
      if (full !== undefined) table[String.fromCharCode(code)] = full;
    }
  }
  return table;
}

const searchFold = foldTable(true);
const readingFold = foldTable(false);
const folded = new RegExp(`[${[...Object.keys(searchFold)].join('').replace(/[-\\\]^]/gu, '\\$&')}]`, 'gu');
const whitespace = /\s+/gu;

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

// A voiced mark left alone by NFKC (ﾞ after a character it cannot join) may join the kana before
// it once a middle dot between them is dropped: compose again so that normalising twice changes nothing.
const combiningVoicedMark = /[\u3099\u309a]/u;

function normalizeWith(table: Readonly<Record<string, string>>, text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  const out = nfkc
    .replace(folded, (char) => table[char] ?? char)
    .replace(whitespace, ' ')
    .trim();
  return combiningVoicedMark.test(out) ? out.normalize('NFC') : out;
}

/**
 * Normalises text for matching: NFKC (half-width kana and full-width Latin/digits), lower case,
 * katakana → hiragana, small kana → full size (ャ = や), every dash and long-vowel variant → ー,
 * the middle dot ・ dropped, runs of whitespace → one space, trimmed.
 */
export function normalizeForSearch(text: string): string {
  return normalizeWith(searchFold, text);
}

/**
 * Normalises a reading (よみ) for 五十音 order: as `normalizeForSearch`, but small kana stay small,
 * so that きゃ sorts before きや as in a dictionary.
 */
export function normalizeReading(text: string): string {
  return normalizeWith(readingFold, text);
}
