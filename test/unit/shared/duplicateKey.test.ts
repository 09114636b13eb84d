import { describe, expect, it } from 'vitest';
import { companyDuplicateKeys, findDuplicateCompanies, normalizeCompanyName } from '#shared/companies/duplicateKey';

describe('normalizeCompanyName', () => {
  it.each([
    ['株式会社 サンプル醸造', 'さんぷる醸造'],
    ['ｻﾝﾌﾟﾙ醸造（株）', 'さんぷる醸造'],
    ['サンプル醸造㈱', 'さんぷる醸造'],
    ['有限会社　月山ファーム', '月山ふあーむ'],
    ['ABC Foods', 'abcfoods'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeCompanyName(name)).toBe(expected);
  });
});

describe('companyDuplicateKeys', () => {
  it('names the corporate number and the name with the municipality', () => {
    expect(
      companyDuplicateKeys({ name: '株式会社サンプル醸造', corporateNumber: '1234567890123', municipality: '06204' }),
    ).toEqual(['corp:1234567890123', 'name:さんぷる醸造|06204']);
  });
  it('has no corporate-number key without a number', () => {
    expect(companyDuplicateKeys({ name: 'サンプル醸造', corporateNumber: '', municipality: '' })).toEqual([
      'name:さんぷる醸造|',
    ]);
  });
});

describe('findDuplicateCompanies', () => {
  const others = [
    { id: 'a', name: 'サンプル醸造株式会社', corporateNumber: '', municipality: '06204' },
    { id: 'b', name: '別の会社', corporateNumber: '1234567890123', municipality: '06201' },
    { id: 'c', name: 'サンプル醸造', corporateNumber: '', municipality: '06201' },
  ];
  it.each([
    [
      'the same normalised name in the same municipality',
      { name: '(株)サンプル醸造', corporateNumber: '', municipality: '06204' },
      ['a'],
    ],
    [
      'the same corporate number under another name',
      { name: '新社名', corporateNumber: '1234567890123', municipality: '06204' },
      ['b'],
    ],
    [
      'the same name elsewhere is another company',
      { name: 'サンプル醸造', corporateNumber: '', municipality: '06203' },
      [],
    ],
  ])('%s', (_case, company, ids) => {
    expect(findDuplicateCompanies(company, others).map((other) => other.id)).toEqual(ids);
  });
  it('never reports the company itself', () => {
    expect(findDuplicateCompanies({ ...others[0]!, id: 'a' }, others)).toEqual([]);
  });
});
