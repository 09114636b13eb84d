import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideCompanySize } from '#shared/subsidy/companySize';
import {
  assessApplication,
  checkAwardSlot,
  type ApplicationFacts,
  type ProgrammeTerms,
} from '#shared/subsidy/eligibility';
import { computeGrant, defaultGrantRounding, GrantInputError, sumCosts, type GrantTerms } from '#shared/subsidy/grant';

const twoThirds = { numerator: 2, denominator: 3 };
const half = { numerator: 1, denominator: 2 };
// FY2012 terms of the バイオ技術産業化支援事業 (plan, 事業内容（2）④): 300,000–1,500,000 yen, 2/3 or 1/2.
const sme: GrantTerms = { rate: twoThirds, floorYen: 300_000, capYen: 1_500_000, rounding: defaultGrantRounding };
const large: GrantTerms = { ...sme, rate: half };

describe('the grant', () => {
  it.each([
    // costs, terms, granted (null: refused below the floor)
    ['the plan’s refusal example', 400_000, sme, null],
    ['exactly the floor (SME)', 450_000, sme, 300_000],
    ['one yen of grant below the floor (SME)', 449_998, sme, null],
    ['rounded down to the 1,000 yen, just above the floor', 451_499, sme, 300_000],
    ['exactly the cap (SME)', 2_250_000, sme, 1_500_000],
    ['one rounding unit above the cap (SME)', 2_251_500, sme, 1_500_000],
    [
      'one yen above the cap, rounding to the yen',
      2_250_002,
      { ...sme, rounding: { mode: 'down', unitYen: 1 } },
      1_500_000,
    ],
    ['far above the cap', 90_000_000, sme, 1_500_000],
    ['exactly the floor (large firm)', 600_000, large, 300_000],
    ['one yen below the floor (large firm)', 599_998, large, null],
    ['exactly the cap (large firm)', 3_000_000, large, 1_500_000],
    ['rounding 1,000,001 × 1/2 down', 1_000_001, large, 500_000],
    ['rounding 1,001,999 × 2/3 down', 1_001_999, sme, 667_000],
  ] as const)('%s: %i yen', (_name, costs, terms, granted) => {
    const outcome = computeGrant(costs, terms);
    if (granted === null) {
      expect(outcome).toMatchObject({ ok: false, reason: 'belowFloor', floorYen: 300_000 });
    } else {
      expect(outcome).toMatchObject({ ok: true, grantYen: granted });
    }
  });

  it('explains a refusal with the computed amount, as the message shows it', () => {
    expect(computeGrant(400_000, sme)).toEqual({
      ok: false,
      reason: 'belowFloor',
      floorYen: 300_000,
      eligibleCostsYen: 400_000,
      rate: twoThirds,
      roundedYen: 266_000,
      capped: false,
    });
  });

  it('rounds half up when the programme says so', () => {
    const halfUp = { ...sme, rounding: { mode: 'halfUp', unitYen: 1000 } } as const;
    expect(computeGrant(1_000_500, halfUp)).toMatchObject({ roundedYen: 667_000 });
    expect(computeGrant(1_000_499, halfUp)).toMatchObject({ roundedYen: 667_000 });
    expect(computeGrant(1_000_000, halfUp)).toMatchObject({ roundedYen: 667_000 });
    expect(computeGrant(999_749, halfUp)).toMatchObject({ roundedYen: 666_000 });
  });

  it('refuses no costs, fractions of a yen and negative amounts', () => {
    expect(computeGrant(0, sme)).toMatchObject({ ok: false, reason: 'noCosts' });
    expect(() => computeGrant(1000.5, sme)).toThrow(GrantInputError);
    expect(() => computeGrant(-1, sme)).toThrow(GrantInputError);
    expect(() => sumCosts({ travel: 10, equipment: 0.1 })).toThrow(/equipment/);
    expect(sumCosts({ materials: 120_000, travel: 30_000, jointResearch: 250_000 })).toBe(400_000);
  });

  it('never exceeds the cap nor costs × rate, for any costs and rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 1, max: 1000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        fc.constantFrom(1, 10, 1000, 10_000),
        (costs, [numerator, denominator], unitYen) => {
          const outcome = computeGrant(costs, {
            ...sme,
            rate: { numerator, denominator },
            rounding: { mode: 'down', unitYen },
          });
          if (!outcome.ok) return;
          expect(outcome.grantYen).toBeLessThanOrEqual(1_500_000);
          // grant ≤ costs × n / d, checked exactly: grant × d ≤ costs × n.
          expect(BigInt(outcome.grantYen) * BigInt(denominator)).toBeLessThanOrEqual(BigInt(costs) * BigInt(numerator));
          expect(outcome.grantYen % unitYen).toBe(0);
        },
      ),
    );
  });
});

describe('the company size (中小企業基本法)', () => {
  it.each([
    // industry, capital, employees, size, basis
    ['manufacturingOther', 300_000_000, 5000, 'sme', 'capital'],
    ['manufacturingOther', 300_000_001, 300, 'sme', 'employees'],
    ['manufacturingOther', 300_000_001, 301, 'large', 'bothOver'],
    ['wholesale', 100_000_000, 1000, 'sme', 'capital'],
    ['wholesale', 100_000_001, 100, 'sme', 'employees'],
    ['wholesale', 100_000_001, 101, 'large', 'bothOver'],
    ['service', 50_000_000, 1000, 'sme', 'capital'],
    ['service', 50_000_001, 100, 'sme', 'employees'],
    ['service', 50_000_001, 101, 'large', 'bothOver'],
    ['retail', 50_000_000, 1000, 'sme', 'capital'],
    ['retail', 50_000_001, 50, 'sme', 'employees'],
    ['retail', 50_000_001, 51, 'large', 'bothOver'],
    ['retail', null, 51, null, 'unknown'],
    ['service', null, 80, 'sme', 'employees'],
    ['wholesale', null, null, null, 'unknown'],
  ] as const)('%s, capital %s, %s employees → %s (%s)', (industry, capitalYen, employees, size, basis) => {
    expect(decideCompanySize({ industry: industry, capitalYen, employees })).toMatchObject({
      size,
      basis,
    });
  });

  it('takes a manual override only with a reason, and keeps the reason', () => {
    const facts = { industry: 'service', capitalYen: 10_000_000_000, employees: 2000 } as const;
    expect(decideCompanySize(facts, { size: 'sme', reason: 'みなし大企業ではないことを確認' })).toMatchObject({
      size: 'sme',
      basis: 'override',
      override: { reason: 'みなし大企業ではないことを確認' },
    });
    expect(() => decideCompanySize(facts, { size: 'sme', reason: '  ' })).toThrow(/reason/);
  });
});

describe('an application to the programme', () => {
  const keio = 'keio-iab';
  const terms: ProgrammeTerms = {
    fiscalYear: 2012,
    awards: 5,
    floorYen: 300_000,
    capYen: 1_500_000,
    rateSme: twoThirds,
    rateLarge: half,
    rounding: defaultGrantRounding,
    callStart: '2012-05-25',
    callEnd: '2012-06-25',
  };
  const facts: ApplicationFacts = {
    submittedOn: '2012-06-01',
    eligibleCostsYen: 1_200_000,
    size: 'sme',
    headOfficeInPrefecture: true,
    institutions: [{ institutionId: keio, role: 'jointResearch' }],
  };

  it('grants an eligible application', () => {
    expect(assessApplication(terms, facts, keio)).toMatchObject({
      refusals: [],
      grant: { ok: true, grantYen: 800_000 },
    });
  });

  it.each([
    ['the first day of the call', '2012-05-25', true],
    ['the last day of the call', '2012-06-25', true],
    ['the day before the call', '2012-05-24', false],
    ['the day after the call', '2012-06-26', false],
  ])('%s (%s)', (_name, submittedOn, inside) => {
    const rules = assessApplication(terms, { ...facts, submittedOn }, keio).refusals.map((r) => r.rule);
    expect(rules.includes('outsideWindow')).toBe(!inside);
  });

  it('accepts 先端研 as 連携機関 or 協力機関 when another institution is the partner, and refuses without it', () => {
    const withRole = (role: 'liaison' | 'cooperation') => ({
      ...facts,
      institutions: [
        { institutionId: 'yamagata-university', role: 'jointResearch' as const },
        { institutionId: keio, role },
      ],
    });
    expect(assessApplication(terms, withRole('liaison'), keio).refusals).toEqual([]);
    expect(assessApplication(terms, withRole('cooperation'), keio).refusals).toEqual([]);
    const without = {
      ...facts,
      institutions: [{ institutionId: 'yamagata-university', role: 'jointResearch' as const }],
    };
    expect(assessApplication(terms, without, keio).refusals).toEqual([{ rule: 'noKeioParticipation' }]);
  });

  it('lists every refusal at once: head office, size unknown, below the floor', () => {
    expect(
      assessApplication(terms, { ...facts, headOfficeInPrefecture: false, size: null }, keio).refusals.map(
        (r) => r.rule,
      ),
    ).toEqual(['headOfficeOutside', 'sizeUnknown']);
    const low = assessApplication(terms, { ...facts, eligibleCostsYen: 400_000 }, keio);
    expect(low.refusals).toEqual([
      { rule: 'grant', grant: expect.objectContaining({ roundedYen: 266_000 }) as unknown },
    ]);
  });

  it('uses the large-firm rate for a large firm', () => {
    expect(assessApplication(terms, { ...facts, size: 'large' }, keio).grant).toMatchObject({ grantYen: 600_000 });
  });

  it('allows the fifth award and refuses the sixth, naming the five', () => {
    const awarded = ['A', 'B', 'C', 'D'].map((name, index) => ({ id: `app-${index}`, applicantName: name }));
    expect(checkAwardSlot(terms, awarded, 'app-new')).toEqual({ ok: true });
    const five = [...awarded, { id: 'app-4', applicantName: 'E' }];
    expect(checkAwardSlot(terms, five, 'app-new')).toEqual({ ok: false, awards: 5, awarded: five });
    // Saving an application that is already one of the five again is not a sixth award.
    expect(checkAwardSlot(terms, five, 'app-4')).toEqual({ ok: true });
  });
});
