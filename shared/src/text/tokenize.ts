import { normalizeForSearch } from './normalize.ts';

// Japanese has no spaces between words, so the index matches character bigrams: a query is found
// in a document when every bigram of the query occurs in it. One-character queries cannot form a
// bigram: they are answered from unigrams of short fields (titles) only, which keeps the index small.

/** Splits normalised text into words at spaces; each word is a list of code points (so 𠮷 stays one character). */
function words(normalized: string): string[][] {
  return normalized
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => Array.from(word));
}

// Documents are tokenised by the hundred thousand when the index builds. Each bigram string is
// made once and handed out again (one per pair of UTF-16 units, found through two small-integer
// lookups), so tokenising allocates no strings and the index's own hash lookups hit strings whose
// hash is already known. A stamp per call marks the terms a document already gave. Pairs with a
// character outside the basic plane (rare in names and notes) are made as they come.

type Interned = { readonly term: string; stamp: number };

// Entries kept before the table starts afresh (about 40 bytes each beside the string itself):
// real notes hold tens of thousands of distinct pairs.
const internLimit = 100_000;
let pairs: (Map<number, Interned> | undefined)[] = [];
let singles = new Map<number, Interned>();
let interned = 0;
let stamp = 0;

/** Forgets the bigram strings kept for reuse (after a build: single edits gain little from them). */
export function releaseTokenCache(): void {
  pairs = [];
  singles = new Map();
  interned = 0;
}

function internedPair(first: number, second: number): Interned {
  if (pairs.length === 0) pairs = new Array<Map<number, Interned> | undefined>(0x10000);
  let row = pairs[first];
  if (row === undefined) pairs[first] = row = new Map();
  let entry = row.get(second);
  if (entry === undefined) {
    if (++interned > internLimit) {
      releaseTokenCache();
      pairs = new Array<Map<number, Interned> | undefined>(0x10000);
      interned = 1;
      pairs[first] = row = new Map();
    }
    entry = { term: String.fromCharCode(first, second), stamp: 0 };
    row.set(second, entry);
  }
  return entry;
}

function internedSingle(code: number): Interned {
  let entry = singles.get(code);
  if (entry === undefined) {
    entry = { term: String.fromCodePoint(code), stamp: 0 };
    singles.set(code, entry);
  }
  return entry;
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
const spaceUnit = 0x20;

// The call being tokenised: its stamp and the terms it gave so far (no closures per call).
let terms: string[] = [];

function give(entry: Interned): void {
  if (entry.stamp === stamp) return;
  entry.stamp = stamp;
  terms.push(entry.term);
}

/** The distinct bigrams of each word of `text`; a one-character word stands for itself. */
export function bigramTokens(text: string): string[] {
  const normalized = normalizeForSearch(text);
  terms = [];
  stamp++;
  let astral: Set<string> | null = null;
  // The previous character of the word (a code point) and how many characters the word has so far.
  let previous = -1;
  let count = 0;
  for (let i = 0; i <= normalized.length; i++) {
    let code = i === normalized.length ? spaceUnit : normalized.charCodeAt(i);
    if (code === spaceUnit) {
      if (count === 1) give(internedSingle(previous));
      previous = -1;
      count = 0;
      continue;
    }
    if (isHigh(code) && i + 1 < normalized.length && isLow(normalized.charCodeAt(i + 1))) {
      code = ((code - 0xd800) << 10) + (normalized.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
    }
    if (previous >= 0) {
      if (previous <= 0xffff && code <= 0xffff) give(internedPair(previous, code));
      else {
        const term = String.fromCodePoint(previous, code);
        astral ??= new Set();
        if (!astral.has(term)) {
          astral.add(term);
          terms.push(term);
        }
      }
    }
    previous = code;
    count++;
  }
  const found = terms;
  terms = [];
  return found;
}

/** The distinct characters of `text` after normalisation (spaces left out). */
export function unigramTokens(text: string): string[] {
  const terms = new Set<string>();
  for (const chars of words(normalizeForSearch(text))) for (const char of chars) terms.add(char);
  return [...terms];
}

/** How a query is matched: by bigrams, or by one character against unigrams of titles. */
export type QueryPlan =
  | Readonly<{ mode: 'bigram'; terms: readonly string[]; normalized: string }>
  | Readonly<{ mode: 'unigram'; terms: readonly string[]; normalized: string }>
  | Readonly<{ mode: 'empty'; terms: readonly string[]; normalized: string }>;

/**
 * Bigrams that cover every character of a word without overlapping where they need not
 * (さくらんぼ → さく, らん, んぼ): a document holding the word holds them all, and fewer terms
 * make a quicker intersection (a query is answered on every keystroke).
 */
function coveringBigrams(chars: readonly string[]): string[] {
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) terms.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  if (chars.length > 2 && chars.length % 2 === 1)
    terms.push(`${chars[chars.length - 2] ?? ''}${chars[chars.length - 1] ?? ''}`);
  return terms;
}

/**
 * Plans a query: one character → unigram; otherwise the covering bigrams of every word of two or
 * more characters (a one-character word beside longer words adds nothing a bigram index could check).
 */
export function planQuery(query: string): QueryPlan {
  const normalized = normalizeForSearch(query);
  const list = words(normalized);
  if (list.length === 0) return { mode: 'empty', terms: [], normalized };
  const only = list[0];
  if (list.length === 1 && only?.length === 1) return { mode: 'unigram', terms: only, normalized };
  const terms = new Set<string>();
  for (const chars of list) for (const term of coveringBigrams(chars)) terms.add(term);
  if (terms.size === 0) {
    // Only one-character words ("米 麦"): every character must occur in a title.
    return { mode: 'unigram', terms: [...new Set(list.flat())], normalized };
  }
  return { mode: 'bigram', terms: [...terms], normalized };
}
