import { expect, it } from 'vitest';
import { describeAwardsFull, describeGrant, describeRefusal } from '#shared/subsidy/describeRefusal';
import { computeGrant, defaultGrantRounding } from '#shared/subsidy/grant';

const terms = {
  rate: { numerator: 2, denominator: 3 },
  floorYen: 300_000,
  capYen: 1_500_000,
  rounding: defaultGrantRounding,
};

it('explains a grant below the floor by rule and amount, as the plan’s example', () => {
  const grant = computeGrant(400_000, terms);
  if (grant.ok) throw new Error('expected a refusal');
  expect(describeRefusal({ rule: 'grant', grant }, 'ja')).toBe(
    '対象経費 400,000円 × 2/3 = 266,000円 — 下限 300,000円に届きません',
  );
});

it('shows the rounding rule and the cap beside a computed grant', () => {
  expect(describeGrant(computeGrant(3_000_000, terms), defaultGrantRounding, 1_500_000, 'ja')).toBe(
    '対象経費 3,000,000円 × 2/3 = 2,000,000円（1,000円未満切り捨て） → 上限 1,500,000円を適用',
  );
  expect(describeGrant(computeGrant(1_000_000, terms), defaultGrantRounding, 1_500_000, 'ja')).toBe(
    '対象経費 1,000,000円 × 2/3 = 666,000円（1,000円未満切り捨て）',
  );
});

it('names the call window and the awarded applications', () => {
  expect(
    describeRefusal(
      { rule: 'outsideWindow', submittedOn: '2012-06-26', callStart: '2012-05-25', callEnd: '2012-06-25' },
      'ja',
    ),
  ).toBe('申請日 2012-06-26 は公募期間（2012-05-25～2012-06-25）の外です');
  const awarded = ['A社', 'B社', 'C社', 'D社', 'E社'].map((applicantName, index) => ({
    id: String(index),
    applicantName,
  }));
  expect(describeAwardsFull(5, awarded, 'ja')).toBe('採択は5件までです（採択済み：A社、B社、C社、D社、E社）');
});
