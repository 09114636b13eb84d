// The あかさたな index of the company list: which 五十音 row a よみ starts in, and the sort key
// that puts companies in 五十音 order whether their よみ was typed in hiragana or katakana.
import { normalizeReading } from '../text/normalize.ts';

/** The rows of the index, in order; `other` holds names that do not start with kana. */
export const kanaRows = ['a', 'ka', 'sa', 'ta', 'na', 'ha', 'ma', 'ya', 'ra', 'wa', 'other'] as const;

/** One index row. */
export type KanaRow = (typeof kanaRows)[number];

// First hiragana of each row; a character belongs to the last row whose start it reaches.
const rowStarts: readonly (readonly [string, KanaRow])[] = [
  ['ぁ', 'a'],
  ['か', 'ka'],
  ['さ', 'sa'],
  ['た', 'ta'],
  ['な', 'na'],
  ['は', 'ha'],
  ['ま', 'ma'],
  ['ゃ', 'ya'],
  ['ら', 'ra'],
  ['ゎ', 'wa'],
];

/** The sort key of a company: its よみ normalised to hiragana (small kana kept), or its name when it has no よみ. */
export function kanaSortKey(company: Readonly<{ name: string; nameKana: string }>): string {
  return normalizeReading(company.nameKana === '' ? company.name : company.nameKana);
}

/** The 五十音 row a sort key starts in (ゔ counts with あ, as う with dakuten). */
export function kanaRowOf(sortKey: string): KanaRow {
  const first = sortKey.charAt(0);
  if (first === 'ゔ') return 'a';
  if (first < 'ぁ' || first > 'ゖ') return 'other';
  let row: KanaRow = 'a';
  for (const [start, name] of rowStarts) if (first >= start) row = name;
  return row;
}

const collator = new Intl.Collator('ja');

/** Sorts companies in 五十音 order of their よみ; names without kana come last, then by name. */
export function sortByKana<T extends Readonly<{ name: string; nameKana: string }>>(companies: readonly T[]): T[] {
  const keyed = companies.map((company) => {
    const key = kanaSortKey(company);
    return { company, key, other: kanaRowOf(key) === 'other' };
  });
  keyed.sort(
    (a, b) =>
      Number(a.other) - Number(b.other) ||
      collator.compare(a.key, b.key) ||
      collator.compare(a.company.name, b.company.name),
  );
  return keyed.map((item) => item.company);
}

/** The first position of each row in a list sorted by sortByKana (rows with no company are absent). */
export function kanaRowStarts(sorted: readonly Readonly<{ name: string; nameKana: string }>[]): Map<KanaRow, number> {
  const starts = new Map<KanaRow, number>();
  sorted.forEach((company, index) => {
    const row = kanaRowOf(kanaSortKey(company));
    if (!starts.has(row)) starts.set(row, index);
  });
  return starts;
}
