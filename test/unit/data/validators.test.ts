import { describe, expect, it } from 'vitest';
import { companyInputSchema } from '#shared/domain/company';
import { programmeInputSchema } from '#shared/domain/programme';
import { seedInputSchema } from '#shared/domain/seed';
import { seedPublicView } from '#shared/domain/seedPublicView';
import { seedSchema } from '#shared/domain/seed';
import { parseOrThrow, ValidationError } from '#shared/domain/validationError';
import { visitInputSchema } from '#shared/domain/visit';
import { corporateNumberCheckDigit, isCorporateNumber } from '#shared/domain/validators/corporateNumber';
import { fiscalYearOf } from '#shared/domain/validators/dates';
import { normalizePostalCode } from '#shared/domain/validators/postalCode';
import { municipalities, regionOfMunicipality } from '#shared/master/municipalities';

const fail = (run: () => unknown): ValidationError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('validators', () => {
  it('normalises postal codes typed in full width, with other dashes, or without a dash', () => {
    expect(normalizePostalCode('９９７－００５２')).toBe('997-0052');
    expect(normalizePostalCode('〒997ー0052')).toBe('997-0052');
    expect(normalizePostalCode('9970052')).toBe('997-0052');
    expect(
      parseOrThrow('company', companyInputSchema, { name: 'a', kind: 'ja', postalCode: '９９７００５２' }).postalCode,
    ).toBe('997-0052');
  });

  it('checks the 法人番号 check digit', () => {
    expect(isCorporateNumber('7000012050002')).toBe(true); // 国税庁
    expect(isCorporateNumber('8000012050002')).toBe(false);
    expect(isCorporateNumber('700001205000')).toBe(false);
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
    expect(
      parseOrThrow('company', companyInputSchema, {
        name: 'a',
        kind: 'ja',
        corporateNumber: '７０００ ０１２０５０００２',
      }).corporateNumber,
    ).toBe('7000012050002');
  });

  it('names every bad field in Japanese and English', () => {
    const error = fail(() =>
      parseOrThrow('company', companyInputSchema, {
        name: ' ',
        kind: 'ja',
        phone: 'abc',
        url: 'javascript:alert(1)',
        contacts: [{ name: '山田', email: 'not-mail' }],
      }),
    );
    expect(error.byField('ja')).toEqual({
      name: '企業名を入力してください。',
      phone: '電話番号は電話番号の形で入力してください（例：023-123-4567）。',
      url: 'ウェブサイトは http:// または https:// で始まるアドレスを入力してください。',
      'contacts.0.email': '担当者 1 メールアドレスはメールアドレスの形で入力してください。',
    });
    expect(error.messages('en')).toContain('Enter Company name.');
    expect(error.message).toContain('企業名');
    expect(error.message).toContain('Company name');
  });

  it('refuses impossible dates, times in the wrong order and a bad fiscal year', () => {
    const visit = fail(() =>
      parseOrThrow('visit', visitInputSchema, {
        companyId: '01JAAAAAAAAAAAAAAAAAAAAAAA',
        date: '2026-02-30',
        purpose: 'other',
        startTime: '10:00',
        endTime: '09:00',
      }),
    );
    expect(Object.keys(visit.byField('ja')).sort()).toEqual(['date', 'endTime']);
    const programme = fail(() =>
      parseOrThrow('programme', programmeInputSchema, {
        name: 'x',
        fiscalYear: 12,
        awards: 5,
        grantMinYen: 1,
        grantMaxYen: 2,
        rateSme: { numerator: 2, denominator: 3 },
        rateLarge: { numerator: 1, denominator: 2 },
        callStart: '2012-05-25',
        callEnd: '2012-06-25',
      }),
    );
    expect(programme.byField('ja')['fiscalYear']).toContain('年度');
    expect(fiscalYearOf('2013-03-31')).toBe(2012);
    expect(fiscalYearOf('2012-04-01')).toBe(2012);
  });
});

describe('master data', () => {
  it('has the 35 municipalities of Yamagata in four regions', () => {
    expect(municipalities).toHaveLength(35);
    const count = (region: string) => municipalities.filter((m) => m.region === region).length;
    expect([count('murayama'), count('mogami'), count('okitama'), count('shonai')]).toEqual([14, 8, 8, 5]);
    expect(regionOfMunicipality('06203')).toBe('shonai');
    expect(regionOfMunicipality('outside')).toBe('outside');
  });
});

describe('seed public view', () => {
  it('keeps only the fields marked public; internal ones are absent', () => {
    const input = parseOrThrow('seed', seedInputSchema, {
      title: '人工クモ糸の開発',
      field: 'medical',
      stage: 'applied',
      institution: '研究機関名',
      summary: '概要',
      keywords: ['未公開キーワード'],
    });
    const seed = seedSchema.parse({
      ...input,
      id: '01JCCCCCCCCCCCCCCCCCCCCCCC',
      createdAt: '2026-04-01T00:00:00.000Z',
      updatedAt: '2026-04-01T00:00:00.000Z',
      createdBy: 'DEV',
      deleted: false,
    });
    const view = seedPublicView(seed);
    expect(view.summary).toBe('概要');
    expect('institution' in view).toBe(false);
    expect('keywords' in view).toBe(false);
    expect(JSON.stringify(view)).not.toContain('研究機関名');
    const open = seedPublicView({ ...seed, visibility: { ...seed.visibility, keywords: 'public' } });
    expect(open.keywords).toEqual(['未公開キーワード']);
  });
});
