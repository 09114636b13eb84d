import type { Company } from '../domain/company.ts';
import type { Need } from '../domain/need.ts';
import type { Seed } from '../domain/seed.ts';
import type { RegionId } from '../master/regions.ts';
import type { ResearchField } from '../master/vocabularies.ts';

/** Why a seed is suggested: one open need of a company in the region that it matches. */
export type SuggestionReason = Readonly<{
  companyName: string;
  needTitle: string;
  /** The field shared by need and seed, or null. */
  field: ResearchField | null;
  /** Keywords of the seed found in the need (its keywords, title or description). */
  keywords: readonly string[];
}>;

/** A seed suggested for an event in a region, with its score and reasons (strongest first). */
export type SeedSuggestion = Readonly<{ seed: Seed; score: number; reasons: readonly SuggestionReason[] }>;

const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

function matchNeed(seed: Seed, need: Need): { field: ResearchField | null; keywords: string[] } {
  const needText = normalise([need.title, need.description, ...need.keywords].join('\n'));
  const needKeywords = new Set(need.keywords.map(normalise));
  const keywords = seed.keywords.filter((keyword) => {
    const key = normalise(keyword);
    return key !== '' && (needKeywords.has(key) || needText.includes(key));
  });
  return { field: need.field === seed.field ? seed.field : null, keywords };
}

/**
 * Seeds worth presenting in a region: those whose field or keywords match the open needs of the
 * region's companies. A shared keyword counts more than a shared field; seeds already picked are
 * left out. Seed keywords are used for matching only (they may be internal) and never printed.
 */
export function suggestSeeds(
  region: RegionId,
  seeds: readonly Seed[],
  companies: readonly Company[],
  needs: readonly Need[],
  pickedSeedIds: readonly string[] = [],
): SeedSuggestion[] {
  const regional = new Map(companies.filter((c) => c.region === region && !c.deleted).map((c) => [c.id as string, c]));
  const openNeeds = needs.filter((need) => need.status === 'open' && !need.deleted && regional.has(need.companyId));
  const picked = new Set(pickedSeedIds);
  const suggestions: SeedSuggestion[] = [];
  for (const seed of seeds) {
    if (seed.deleted || picked.has(seed.id)) continue;
    let score = 0;
    const reasons: (SuggestionReason & { weight: number })[] = [];
    for (const need of openNeeds) {
      const { field, keywords } = matchNeed(seed, need);
      const weight = (field === null ? 0 : 1) + 2 * keywords.length;
      if (weight === 0) continue;
      score += weight;
      const companyName = regional.get(need.companyId)?.name ?? '';
      reasons.push({ companyName, needTitle: need.title, field, keywords, weight });
    }
    if (score > 0) {
      reasons.sort((a, b) => b.weight - a.weight);
      suggestions.push({ seed, score, reasons: reasons.map(({ weight: _weight, ...reason }) => reason) });
    }
  }
  return suggestions.sort((a, b) => b.score - a.score || a.seed.title.localeCompare(b.seed.title, 'ja'));
}
