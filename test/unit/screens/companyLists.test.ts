import { describe, expect, it } from 'vitest';
import { emptyCompanyFilter, filterCompanies, type FilterableCompany } from '#shared/companies/companyFilter';
import { kanaRowOf, kanaRowStarts, sortByKana } from '#shared/companies/kanaIndex';
import { filterNeeds, needFilterFromParams } from '#shared/needs/needFilter';
import type { Need } from '#shared/domain/need';
import { postalArea, postalFill, type PostalPlace } from '#shared/master/postalCodes';

const company = (id: string, patch: Partial<FilterableCompany>): FilterableCompany =>
  ({
    id,
    name: id,
    nameKana: '',
    region: 'murayama',
    municipality: '06201',
    kind: 'foodMaker',
    fields: ['food'],
    size: 'sme',
    tags: [],
    ...patch,
  }) as FilterableCompany;

describe('五十音 order and the あかさたな index', () => {
  it('sorts by よみ whether typed in hiragana or katakana; names without kana last', () => {
    const sorted = sortByKana([
      company('c', { name: '鶴岡食品', nameKana: 'つるおかしょくひん' }),
      company('x', { name: 'ABC Foods', nameKana: '' }),
      company('a', { name: '朝日農園', nameKana: 'アサヒノウエン' }),
      company('b', { name: '寒河江酒造', nameKana: 'さがえしゅぞう' }),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'b', 'c', 'x']);
    expect(kanaRowStarts(sorted)).toEqual(
      new Map([
        ['a', 0],
        ['sa', 1],
        ['ta', 2],
        ['other', 3],
      ]),
    );
  });

  it('sorts a small-kana よみ before the same よみ in full-size kana, as a dictionary does', () => {
    const sorted = sortByKana([
      company('full', { name: 'キヤノン農園', nameKana: 'キヤノンノウエン' }),
      company('small', { name: 'キャノン食品', nameKana: 'きゃのんしょくひん' }),
      company('ki', { name: '木村商店', nameKana: 'きむらしょうてん' }),
      company('kyo', { name: '京野農場', nameKana: 'きょうののうじょう' }),
    ]);
    // ま行 before や行 (きむ < きゃ), and きゃ before きや.
    expect(sorted.map((c) => c.id)).toEqual(['ki', 'small', 'full', 'kyo']);
    expect(kanaRowOf('ゃ')).toBe('ya');
  });

  it('puts voiced and small kana in their row', () => {
    expect(kanaRowOf('がっこう')).toBe('ka');
    expect(kanaRowOf('ぱん')).toBe('ha');
    expect(kanaRowOf('ゃ')).toBe('ya');
    expect(kanaRowOf('をか')).toBe('wa');
    expect(kanaRowOf('んー')).toBe('wa');
    expect(kanaRowOf('abc')).toBe('other');
  });
});

describe('company filters', () => {
  const companies = [
    company('ja-tsuruoka', {
      name: 'JA鶴岡',
      kind: 'ja',
      region: 'shonai',
      municipality: '06203',
      fields: ['agriculture'],
    }),
    company('sake', { name: '出羽酒造', nameKana: 'でわしゅぞう', tags: ['日本酒'], size: 'large' }),
    company('pharma', { name: '山形メディカル', kind: 'medical', fields: ['medical'] }),
  ];
  const facts = { openNeedCompanyIds: new Set(['sake']), overdueCompanyIds: new Set(['pharma']) };
  const ids = (filter: Partial<typeof emptyCompanyFilter>) =>
    filterCompanies(companies, { ...emptyCompanyFilter, ...filter }, facts).map((c) => c.id);

  it('keeps everything without a filter', () => {
    expect(ids({})).toEqual(['ja-tsuruoka', 'sake', 'pharma']);
  });

  it('narrows by region, municipality, kind, field and size', () => {
    expect(ids({ region: 'shonai' })).toEqual(['ja-tsuruoka']);
    expect(ids({ municipality: '06201' })).toEqual(['sake', 'pharma']);
    expect(ids({ kind: 'medical' })).toEqual(['pharma']);
    expect(ids({ field: 'food' })).toEqual(['sake']);
    expect(ids({ size: 'large' })).toEqual(['sake']);
  });

  it('narrows by open needs and overdue follow-ups', () => {
    expect(ids({ hasOpenNeeds: true })).toEqual(['sake']);
    expect(ids({ hasOverdueFollowUps: true })).toEqual(['pharma']);
    expect(ids({ hasOpenNeeds: true, hasOverdueFollowUps: true })).toEqual([]);
  });

  it('finds text in name, よみ (in katakana too) and tags', () => {
    expect(ids({ text: 'デワ' })).toEqual(['sake']);
    expect(ids({ text: '日本酒' })).toEqual(['sake']);
    expect(ids({ text: 'ｊａ' })).toEqual(['ja-tsuruoka']);
  });
});

describe('need filters', () => {
  const need = (id: string, patch: Partial<Record<keyof Need, string>>) =>
    ({ id, companyId: 'c1', status: 'open', field: 'food', ...patch }) as unknown as Need;
  const needs = [need('n1', {}), need('n2', { status: 'closed' }), need('n3', { field: 'medical', companyId: 'c2' })];
  const companies = new Map([
    ['c1', { region: 'murayama' }],
    ['c2', { region: 'shonai' }],
  ]);

  it('narrows by status, field and the region of the need’s company', () => {
    const ids = (params: string) =>
      filterNeeds(needs, needFilterFromParams(new URLSearchParams(params)), companies).map((n) => n.id);
    expect(ids('')).toEqual(['n1', 'n2', 'n3']);
    expect(ids('status=open')).toEqual(['n1', 'n3']);
    expect(ids('field=medical')).toEqual(['n3']);
    expect(ids('region=murayama&status=closed')).toEqual(['n2']);
    expect(ids('status=bogus')).toEqual(['n1', 'n2', 'n3']);
  });
});

describe('postal codes', () => {
  it('tells Yamagata (990–999) from elsewhere and waits for a complete code', () => {
    expect(postalArea('990-8570')).toBe('yamagata');
    expect(postalArea('９９７００３５')).toBe('yamagata');
    expect(postalArea('100-0001')).toBe('outside');
    expect(postalArea('989-0000')).toBe('outside');
    expect(postalArea('990')).toBe('unknown');
  });

  const place = (municipalityCode: string, municipality: string, town: string, prefecture = '山形県'): PostalPlace => ({
    prefectureCode: municipalityCode.slice(0, 2),
    prefecture,
    municipalityCode,
    municipality,
    town,
  });

  it('fills the master municipality and the address beginning from one place', () => {
    expect(postalFill([place('06203', '鶴岡市', '馬場町')])).toEqual({
      kind: 'place',
      municipality: '06203',
      address: '山形県鶴岡市馬場町',
    });
  });

  it('fills 県外 for a place outside the prefecture', () => {
    expect(postalFill([place('13101', '千代田区', '千代田', '東京都')])).toMatchObject({
      municipality: 'outside',
      address: '東京都千代田区千代田',
    });
  });

  it('leaves the town out when one code has several towns, and asks when it spans municipalities', () => {
    expect(postalFill([place('06201', '山形市', '城南町'), place('06201', '山形市', '香澄町')])).toMatchObject({
      address: '山形県山形市',
    });
    expect(postalFill([place('06201', '山形市', '城南町'), place('06207', '上山市', '金谷')])).toEqual({
      kind: 'several',
    });
    expect(postalFill([])).toEqual({ kind: 'none' });
  });
});
