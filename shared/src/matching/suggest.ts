// Suggests seed sheets for a company need. Pure and synchronous so the ranking is unit-tested and
// the screen only memoises it: every suggestion carries the facts that ranked it, which the
// screen shows as its reason (「共通キーワード: 発酵, 香り」).
import type { ResearchField } from '../master/vocabularies.ts';
import { normalizeForSearch } from '../text/normalize.ts';

/** What the ranking reads of a need. */
export type SuggestionNeed = Readonly<{ field: ResearchField; keywords: readonly string[] }>;

/** What the ranking reads of a seed sheet. */
export type SuggestionSeed = Readonly<{
  id: string;
  title: string;
  field: ResearchField;
  keywords: readonly string[];
  summary: string;
  advantage: string;
  applications: string;
}>;

/** A seed sheet prepared once for many rankings (normalised keywords and text). */
export type PreparedSeed = Readonly<{ seed: SuggestionSeed; keywords: ReadonlySet<string>; text: string }>;

/** One suggested seed and why it was suggested. */
export type SeedSuggestion = Readonly<{
  seedId: string;
  score: number;
  /** Need keywords (as the need writes them) that the seed sheet lists as keywords too. */
  sharedKeywords: readonly string[];
  /** Need keywords that are not seed keywords but appear in the sheet's title or texts. */
  mentionedKeywords: readonly string[];
  /** Whether the seed is in the need's field. */
  sameField: boolean;
}>;

/** Weights: a shared keyword says most, a keyword in the sheet's text less, the same field least. */
export const suggestionWeights = { sharedKeyword: 3, mentionedKeyword: 1, sameField: 2 } as const;

/** Normalises seed sheets for ranking; do it once per list of seeds, not per need. */
export function prepareSeeds(seeds: readonly SuggestionSeed[]): PreparedSeed[] {
  return seeds.map((seed) => ({
    seed,
    keywords: new Set(seed.keywords.map(normalizeForSearch).filter((k) => k !== '')),
    text: normalizeForSearch([seed.title, seed.summary, seed.advantage, seed.applications].join('\n')),
  }));
}

function needKeywords(need: SuggestionNeed): { shown: string; normal: string }[] {
  const seen = new Set<string>();
  const result: { shown: string; normal: string }[] = [];
  for (const shown of need.keywords) {
    const normal = normalizeForSearch(shown);
    if (normal === '' || seen.has(normal)) continue;
    seen.add(normal);
    result.push({ shown: shown.trim(), normal });
  }
  return result;
}

/** Scores one prepared seed against a need's normalised keywords. */
function score(
  need: SuggestionNeed,
  keywords: { shown: string; normal: string }[],
  prepared: PreparedSeed,
): SeedSuggestion {
  const sharedKeywords: string[] = [];
  const mentionedKeywords: string[] = [];
  for (const keyword of keywords) {
    if (prepared.keywords.has(keyword.normal)) sharedKeywords.push(keyword.shown);
    else if (prepared.text.includes(keyword.normal)) mentionedKeywords.push(keyword.shown);
  }
  const sameField = prepared.seed.field === need.field;
  return {
    seedId: prepared.seed.id,
    score:
      sharedKeywords.length * suggestionWeights.sharedKeyword +
      mentionedKeywords.length * suggestionWeights.mentionedKeyword +
      (sameField ? suggestionWeights.sameField : 0),
    sharedKeywords,
    mentionedKeywords,
    sameField,
  };
}

/**
 * Ranks seeds for a need: highest score first, then more shared keywords, then title order.
 * Seeds with nothing in common (score 0) and those in `exclude` (already matched) are left out.
 */
export function suggestSeeds(
  need: SuggestionNeed,
  seeds: readonly PreparedSeed[],
  options: Readonly<{ limit?: number; exclude?: ReadonlySet<string> }> = {},
): SeedSuggestion[] {
  const keywords = needKeywords(need);
  const titles = new Map(seeds.map((prepared) => [prepared.seed.id, prepared.seed.title]));
  return seeds
    .filter((prepared) => options.exclude?.has(prepared.seed.id) !== true)
    .map((prepared) => score(need, keywords, prepared))
    .filter((suggestion) => suggestion.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.sharedKeywords.length - a.sharedKeywords.length ||
        (titles.get(a.seedId) ?? '').localeCompare(titles.get(b.seedId) ?? '', 'ja') ||
        a.seedId.localeCompare(b.seedId),
    )
    .slice(0, options.limit ?? 10);
}
