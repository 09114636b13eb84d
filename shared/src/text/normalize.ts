// One normalisation for Japanese search: applied to documents and queries alike, so that what a
// coordinator types matches however the record was written (kana, width, case, dash variant,
// small or full-size kana, 異体字, ㈱ or 株式会社).
import { kanjiVariantPairs } from './kanjiVariants.ts';

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

// One table for every UTF-16 unit the normalisation rewrites after NFKC: the code it becomes, `drop`
// for a character left out, `space` for whitespace. Text is walked once through it (documents are
// normalised by the hundred thousand when the index builds: a regular expression with a replacer
// function took seven times as long as NFKC itself).
const drop = -1;
const space = 0x20;

function foldTable(foldSmall: boolean, foldVariants: boolean): Int32Array {
  const table = new Int32Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = code;
  for (let code = katakanaStart; code <= katakanaEnd; code++) table[code] = code - kanaOffset;
  table[0x30fd] = 0x309d; // ヽ → ゝ
  table[0x30fe] = 0x309e; // ヾ → ゞ
  for (const dash of dashLike) table[dash.charCodeAt(0)] = unifiedDash.charCodeAt(0);
  // The middle dot between words of a katakana name is written or left out at will (ラ・フランス,
  // ラフランス): it is dropped. NFKC has already turned half-width ･ into ・.
  table[0x30fb] = drop;
  if (foldSmall) {
    for (const [small, full] of Object.entries(smallToFull)) {
      const to = full.charCodeAt(0);
      table[small.charCodeAt(0)] = to;
      // The katakana twin of a small hiragana (ャ for ゃ) too.
      const katakana = small.charCodeAt(0) + kanaOffset;
      if (katakana >= katakanaStart && katakana <= katakanaEnd) table[katakana] = to;
    }
  }
  // 異体字 that NFKC keeps apart and people type interchangeably (髙橋/高橋, 山﨑/山崎, 渡邊/渡辺):
  // one table generated from maintained sources (kanjiVariants.ts).
  if (foldVariants)
    for (let i = 0; i + 1 < kanjiVariantPairs.length; i += 2)
      table[kanjiVariantPairs.charCodeAt(i)] = kanjiVariantPairs.charCodeAt(i + 1);
  // Whitespace as JavaScript's \s knows it (BMP only: \s has nothing beyond it).
  for (let code = 0; code < table.length; code++) if (/\s/u.test(String.fromCharCode(code))) table[code] = space;
  return table;
}

const searchFold = foldTable(true, true);
const readingFold = foldTable(false, false);

// ㈱, （株）, (株) and ㍿ are written for 株式会社 (and (有) for 有限会社) at will: after NFKC the
// abbreviations are "(株)" and "(有)", and become the full words. Found by `indexOf` (no regular
// expression: documents are normalised by the hundred thousand, and notes hold other brackets).
const corporateWords = new Map([
  [0x682a, '株式会社'],
  [0x6709, '有限会社'],
]);
function expandCorporate(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    const word = text.charCodeAt(at + 2) === 0x29 ? corporateWords.get(text.charCodeAt(at + 1)) : undefined;
    if (word === undefined) continue;
    out += text.slice(from, at) + word;
    from = at + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}

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
const isCombiningVoicedMark = (code: number): boolean => code === 0x3099 || code === 0x309a;

// Output buffer reused between calls, grown up to `keptUnits` for a longer text; a text longer
// still (a pasted document) gets a buffer of its own, so that one never stays in memory.
const keptUnits = 65_536;
let buffer = new Uint16Array(1024);

const utf16 = new TextDecoder('utf-16le');

// A string from UTF-16 units. TextDecoder is the quickest way but turns a lone surrogate into U+FFFD:
// text with surrogates goes through `fromCharCode`, in pieces small enough for `apply`.
function decodeUnits(units: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates) return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, length * 2));
  const piece = 8192;
  let out = '';
  for (let start = 0; start < length; start += piece)
    out += String.fromCharCode.apply(
      null,
      units.subarray(start, Math.min(start + piece, length)) as unknown as number[],
    );
  return out;
}

function normalizeWith(table: Int32Array, text: string, corporate: boolean): string {
  const lowered = text.normalize('NFKC').toLowerCase();
  const nfkc = corporate ? expandCorporate(lowered) : lowered;
  if (buffer.length < nfkc.length && nfkc.length <= keptUnits)
    buffer = new Uint16Array(Math.min(keptUnits, nfkc.length * 2));
  const out = buffer.length < nfkc.length ? new Uint16Array(nfkc.length) : buffer;
  let length = 0;
  let pendingSpace = false;
  let recompose = false;
  let surrogates = false;
  for (let i = 0; i < nfkc.length; i++) {
    const code = table[nfkc.charCodeAt(i)] ?? drop;
    if (code === drop) continue;
    if (code === space) {
      // Runs of whitespace become one space; none at either end.
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) {
      out[length++] = space;
      pendingSpace = false;
    }
    if (isCombiningVoicedMark(code)) recompose = true;
    else if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    out[length++] = code;
  }
  const folded = decodeUnits(out, length, surrogates);
  return recompose ? folded.normalize('NFC') : folded;
}

/**
 * Normalises text for matching: NFKC (half-width kana and full-width Latin/digits), lower case,
 * katakana → hiragana, small kana → full size (ャ = や), every dash and long-vowel variant → ー,
 * the middle dot ・ dropped, runs of whitespace → one space, trimmed; 異体字 → one form (髙 → 高,
 * 﨑 → 崎, 齋 → 斎, 邉 → 辺) and ㈱/(株) → 株式会社, (有) → 有限会社.
 */
export function normalizeForSearch(text: string): string {
  return normalizeWith(searchFold, text, true);
}

/**
 * Normalises a reading (よみ) for 五十音 order: as `normalizeForSearch`, but small kana stay small,
 * so that きゃ sorts before きや as in a dictionary.
 */
export function normalizeReading(text: string): string {
  return normalizeWith(readingFold, text, false);
}
