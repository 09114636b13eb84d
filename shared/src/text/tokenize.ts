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

// Surrogate pairs are rare in names and notes: a word without them is walked by UTF-16 unit, which
// is several times quicker than splitting it into code points (documents are tokenised by the
// hundred thousand when the index builds).
function hasSurrogate(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

function addBigrams(word: string, terms: Set<string>): void {
  if (hasSurrogate(word)) {
    const chars = Array.from(word);
    if (chars.length === 1) terms.add(word);
    for (let i = 0; i + 1 < chars.length; i++) terms.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
    return;
  }
  if (word.length === 1) terms.add(word);
  for (let i = 0; i + 1 < word.length; i++) terms.add(word.slice(i, i + 2));
}

/** The distinct bigrams of each word of `text`; a one-character word stands for itself. */
export function bigramTokens(text: string): string[] {
  const terms = new Set<string>();
  for (const word of normalizeForSearch(text).split(' ')) if (word !== '') addBigrams(word, terms);
  return [...terms];
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
