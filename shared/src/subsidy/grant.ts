import type { Rate } from '../domain/programme.ts';

/**
 * How a programme rounds a grant: to a whole unit of yen, downwards (切捨て, the default) or
 * half up (四捨五入). A term of the programme, shown on screen beside the computed grant.
 */
export type GrantRounding = Readonly<{ mode: 'down' | 'halfUp'; unitYen: number }>;

/** The rounding the バイオ技術産業化支援事業 uses unless its terms say otherwise: down to 1,000 yen. */
export const defaultGrantRounding: GrantRounding = { mode: 'down', unitYen: 1000 };

/** The terms that decide a grant's amount. */
export type GrantTerms = Readonly<{
  rate: Rate;
  floorYen: number;
  capYen: number;
  rounding: GrantRounding;
}>;

/** How a grant was computed: eligible costs × rate, rounded, then capped. */
export type GrantComputation = Readonly<{
  eligibleCostsYen: number;
  rate: Rate;
  /** Costs × rate after the programme's rounding, before the cap. */
  roundedYen: number;
  /** Whether the cap cut the amount down. */
  capped: boolean;
}>;

/** A grant the rules allow, or the reason they refuse one. */
export type GrantOutcome =
  | (GrantComputation & Readonly<{ ok: true; grantYen: number }>)
  | (GrantComputation & Readonly<{ ok: false; reason: 'belowFloor' | 'noCosts'; floorYen: number }>);

/** Why a grant's inputs are not usable at all (a programming or data error, not a refusal). */
export class GrantInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GrantInputError';
  }
}

const isWholeYen = (value: number) => Number.isSafeInteger(value) && value >= 0;

function checkInputs(eligibleCostsYen: number, terms: GrantTerms): void {
  if (!isWholeYen(eligibleCostsYen))
    throw new GrantInputError('eligible costs must be a whole, non-negative yen amount');
  if (!isWholeYen(terms.floorYen) || !isWholeYen(terms.capYen))
    throw new GrantInputError('floor and cap must be whole yen');
  const { numerator, denominator } = terms.rate;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator < 1)
    throw new GrantInputError('the rate must be a fraction of whole numbers');
  if (!Number.isSafeInteger(terms.rounding.unitYen) || terms.rounding.unitYen < 1)
    throw new GrantInputError('the rounding unit must be a whole number of yen');
}

/** costs × n / d rounded to the unit, in exact integer arithmetic (BigInt: no floating point anywhere). */
function roundedProduct(costs: number, rate: Rate, rounding: GrantRounding): number {
  const numerator = BigInt(costs) * BigInt(rate.numerator);
  const divisor = BigInt(rate.denominator) * BigInt(rounding.unitYen);
  const units = rounding.mode === 'down' ? numerator / divisor : (2n * numerator + divisor) / (2n * divisor);
  return Number(units * BigInt(rounding.unitYen));
}

/**
 * The grant for eligible costs under a programme's terms: costs × rate, rounded by the
 * programme's rule, capped at the cap; refused below the floor (compared after rounding, as the
 * amount that would be granted) or without costs.
 */
export function computeGrant(eligibleCostsYen: number, terms: GrantTerms): GrantOutcome {
  checkInputs(eligibleCostsYen, terms);
  const roundedYen = roundedProduct(eligibleCostsYen, terms.rate, terms.rounding);
  const capped = roundedYen > terms.capYen;
  const base = { eligibleCostsYen, rate: terms.rate, roundedYen, capped };
  if (eligibleCostsYen === 0) return { ...base, ok: false, reason: 'noCosts', floorYen: terms.floorYen };
  if (roundedYen < terms.floorYen) return { ...base, ok: false, reason: 'belowFloor', floorYen: terms.floorYen };
  return { ...base, ok: true, grantYen: capped ? terms.capYen : roundedYen };
}

/** The sum of an application's planned costs by category, checked to be whole yen. */
export function sumCosts(costsByCategory: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const [category, yen] of Object.entries(costsByCategory)) {
    if (!isWholeYen(yen)) throw new GrantInputError(`the cost of ${category} must be a whole, non-negative yen amount`);
    total += yen;
  }
  if (!Number.isSafeInteger(total)) throw new GrantInputError('the costs add up to more than can be counted exactly');
  return total;
}
