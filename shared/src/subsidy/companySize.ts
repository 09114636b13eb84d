import type { CompanySize } from '../master/vocabularies.ts';

/**
 * Industries as the 中小企業基本法 (第2条) groups them for its SME definition: manufacturing and
 * everything not listed below (製造業その他), wholesale (卸売業), services (サービス業), retail (小売業).
 */
export const smeIndustries = ['manufacturingOther', 'wholesale', 'service', 'retail'] as const;
/** One industry group of the SME definition. */
export type SmeIndustry = (typeof smeIndustries)[number];

/** The SME thresholds of one industry group: at most this capital, or at most this many employees. */
export type SmeThreshold = Readonly<{ capitalYen: number; employees: number }>;

/** The thresholds of the 中小企業基本法 per industry group. */
export const smeThresholds: Readonly<Record<SmeIndustry, SmeThreshold>> = {
  manufacturingOther: { capitalYen: 300_000_000, employees: 300 },
  wholesale: { capitalYen: 100_000_000, employees: 100 },
  service: { capitalYen: 50_000_000, employees: 100 },
  retail: { capitalYen: 50_000_000, employees: 50 },
};

/** What the decision reads from a company; null where the company has not said. */
export type SizeFacts = Readonly<{
  industry: SmeIndustry;
  capitalYen: number | null;
  employees: number | null;
}>;

/** A manual decision that overrides the rule, with the reason the user gave. */
export type SizeOverride = Readonly<{ size: CompanySize; reason: string }>;

/** Which test decided: capital within the threshold, employees within it, both over, or the user. */
export type SizeBasis = 'capital' | 'employees' | 'bothOver' | 'override' | 'unknown';

/** The company size and how it was decided, to be shown beside it. */
export type SizeDecision = Readonly<{
  /** null when the facts do not decide it (one test over, the other unknown, or nothing known). */
  size: CompanySize | null;
  basis: SizeBasis;
  threshold: SmeThreshold;
  override: SizeOverride | null;
}>;

/**
 * Decides 中小企業 or 大企業 by the 中小企業基本法: a company is an SME when its capital OR its
 * number of regular employees is within its industry's threshold. A manual override wins, and
 * its reason is kept with the decision; an override without a reason is not accepted.
 */
export function decideCompanySize(facts: SizeFacts, override: SizeOverride | null = null): SizeDecision {
  const threshold = smeThresholds[facts.industry];
  if (override !== null) {
    if (override.reason.trim() === '') throw new Error('an override of the company size needs a reason');
    return { size: override.size, basis: 'override', threshold, override };
  }
  const decide = (size: CompanySize | null, basis: SizeBasis): SizeDecision => ({ size, basis, threshold, override });
  if (facts.capitalYen !== null && facts.capitalYen <= threshold.capitalYen) return decide('sme', 'capital');
  if (facts.employees !== null && facts.employees <= threshold.employees) return decide('sme', 'employees');
  if (facts.capitalYen !== null && facts.employees !== null) return decide('large', 'bothOver');
  return decide(null, 'unknown');
}
