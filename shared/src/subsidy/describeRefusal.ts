import { projectsEn } from '../i18n/projects.en.ts';
import { projectsJa } from '../i18n/projects.ja.ts';
import type { AwardedApplication, Refusal } from './eligibility.ts';
import type { GrantOutcome, GrantRounding } from './grant.ts';

type Locale = 'ja' | 'en';

const texts = (locale: Locale) => (locale === 'ja' ? projectsJa : projectsEn);
const yen = (locale: Locale, amount: number) =>
  new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB').format(amount);
const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A refusal as a sentence naming the rule and the amounts, e.g. 「対象経費 400,000円 × 2/3 = 266,000円 — 下限 300,000円に届きません」. */
export function describeRefusal(refusal: Refusal, locale: Locale): string {
  const text = texts(locale).refusals;
  switch (refusal.rule) {
    case 'grant': {
      const { grant } = refusal;
      if (grant.reason === 'noCosts') return text.noCosts;
      return fill(text.belowFloor, {
        costs: yen(locale, grant.eligibleCostsYen),
        rate: `${grant.rate.numerator}/${grant.rate.denominator}`,
        rounded: yen(locale, grant.roundedYen),
        floor: yen(locale, grant.floorYen),
      });
    }
    case 'outsideWindow':
      return fill(text.outsideWindow, refusal);
    case 'noKeioParticipation':
      return text.noKeioParticipation;
    case 'headOfficeOutside':
      return text.headOfficeOutside;
    case 'sizeUnknown':
      return text.sizeUnknown;
  }
}

/** The refusal of one award too many, naming the applications already awarded. */
export function describeAwardsFull(awards: number, awarded: readonly AwardedApplication[], locale: Locale): string {
  const text = texts(locale).refusals;
  return fill(text.awardsFull, {
    awards,
    awarded: awarded.map((entry) => entry.applicantName).join(text.listSeparator),
  });
}

/** How a grant was computed, with the programme's rounding rule shown, e.g. 「… = 1,000,000円（1,000円未満切り捨て）」. */
export function describeGrant(grant: GrantOutcome, rounding: GrantRounding, capYen: number, locale: Locale): string {
  const text = texts(locale).grant;
  const computed = fill(text.computed, {
    costs: yen(locale, grant.eligibleCostsYen),
    rate: `${grant.rate.numerator}/${grant.rate.denominator}`,
    rounded: yen(locale, grant.roundedYen),
    unit: yen(locale, rounding.unitYen),
    mode: rounding.mode === 'down' ? text.down : text.halfUp,
  });
  return grant.capped ? `${computed} → ${fill(text.capped, { cap: yen(locale, capYen) })}` : computed;
}
