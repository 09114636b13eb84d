import type { Seed } from '#shared/domain/seed';
import { normalizeForSearch } from '#shared/text/normalize';

/**
 * The seed sheets whose title or keywords contain the query, with the search normalisation on both
 * sides (kana, width, case, dashes). Title matches come first; at most `limit` results.
 */
export function filterSeeds(seeds: readonly Seed[], query: string, exclude: ReadonlySet<string>, limit = 8): Seed[] {
  const needle = normalizeForSearch(query);
  if (needle === '') return [];
  const inTitle: Seed[] = [];
  const inKeywords: Seed[] = [];
  for (const seed of seeds) {
    if (seed.deleted || exclude.has(seed.id)) continue;
    if (normalizeForSearch(seed.title).includes(needle)) inTitle.push(seed);
    else if (seed.keywords.some((keyword) => normalizeForSearch(keyword).includes(needle))) inKeywords.push(seed);
  }
  return [...inTitle, ...inKeywords].slice(0, limit);
}
