import { describe, expect, it } from 'vitest';
import { companySchema, type Company, type CompanyInput } from '#shared/domain/company';
import { eventSchema } from '#shared/domain/event';
import { newId } from '#shared/domain/ids';
import { needSchema, type Need, type NeedInput } from '#shared/domain/need';
import { needInputSchema } from '#shared/domain/need';
import { seedSchema, type Seed, type SeedInput } from '#shared/domain/seed';
import { visitInputSchema } from '#shared/domain/visit';
import { consultationRecords } from '#shared/events/consultationRecords';
import { invitationCandidates, invitationCsv } from '#shared/events/invitations';
import { suggestSeeds } from '#shared/events/seedSuggestions';
import { csvField, toCsv } from '#shared/text/csv';

const meta = () => ({
  id: newId(),
  createdAt: '2012-05-01T00:00:00.000Z',
  updatedAt: '2012-05-01T00:00:00.000Z',
  createdBy: 'test',
});
const company = (fields: CompanyInput): Company => companySchema.parse({ ...meta(), ...fields });
const need = (fields: NeedInput): Need => needSchema.parse({ ...meta(), ...fields });
const seed = (fields: SeedInput): Seed => seedSchema.parse({ ...meta(), ...fields });

// 米沢市 (06202) is in 置賜; 鶴岡市 (06203) in 庄内.
const winery = company({
  name: '置賜ワイナリー',
  nameKana: 'おきたまわいなりー',
  kind: 'foodMaker',
  municipality: '06202',
  region: 'okitama',
  fields: ['food'],
});
const ja = company({
  name: 'JA置賜',
  nameKana: 'じぇいえーおきたま',
  kind: 'ja',
  municipality: '06202',
  region: 'okitama',
  fields: ['agriculture'],
});
const shonai = company({
  name: '庄内食品',
  nameKana: 'しょうないしょくひん',
  kind: 'foodMaker',
  municipality: '06203',
  region: 'shonai',
  fields: ['food'],
});

const wine = seed({
  title: '県在来ブドウを使用した品質の高いワインの開発',
  field: 'food',
  stage: 'applied',
  keywords: ['ワイン', '香り成分'],
});
const soy = seed({ title: '害虫に強い大豆の研究開発', field: 'agriculture', stage: 'applied', keywords: ['大豆'] });
const liver = seed({
  title: '血液による複数の肝臓疾患診断技術の開発',
  field: 'medical',
  stage: 'basic',
  keywords: ['肝臓'],
});

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, ends records with CRLF and quotes as RFC 4180 says', () => {
    const csv = toCsv([
      ['企業名', 'メモ'],
      ['株式会社"山形"', '一行目\n二行目'],
      ['a,b', 'plain'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFF企業名,メモ\r\n"株式会社""山形""","一行目\n二行目"\r\n"a,b",plain\r\n');
  });

  it('keeps spreadsheet formulas as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
  });

  it("lists the invited companies with Japanese headers and the municipality's name", () => {
    const csv = invitationCsv([winery], 'ja');
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('企業名,よみ,種別,地域,市町村,郵便番号,住所,電話番号,担当者,メールアドレス,分野');
    expect(row).toBe('置賜ワイナリー,おきたまわいなりー,食品製造業,置賜,米沢市,,,,,,食品');
    expect(invitationCsv([winery], 'en').slice(1).split('\r\n')[1]).toContain('Food maker');
  });
});

describe('invitation list', () => {
  it("keeps the region's companies that fit kind and field, in 五十音 order", () => {
    const all = [winery, ja, shonai];
    // おきたま… comes before じぇいえー… in 五十音 order.
    expect(invitationCandidates(all, 'okitama', { kind: '', field: '' }).map((c) => c.name)).toEqual([
      '置賜ワイナリー',
      'JA置賜',
    ]);
    expect(invitationCandidates(all, 'okitama', { kind: 'foodMaker', field: '' }).map((c) => c.name)).toEqual([
      '置賜ワイナリー',
    ]);
    expect(invitationCandidates(all, 'okitama', { kind: '', field: 'agriculture' }).map((c) => c.name)).toEqual([
      'JA置賜',
    ]);
    expect(invitationCandidates(all, 'mogami', { kind: '', field: '' })).toEqual([]);
  });
});

describe('seed suggestions for a region', () => {
  const needs = [
    need({ companyId: winery.id, title: '在来品種ワインの香り成分を残したい', field: 'food', keywords: [] }),
    need({ companyId: ja.id, title: '減農薬の大豆栽培', field: 'agriculture', keywords: ['大豆'] }),
    need({ companyId: ja.id, title: '済んだ相談', field: 'medical', keywords: ['肝臓'], status: 'closed' }),
    need({ companyId: shonai.id, title: '肝臓の検査', field: 'medical', keywords: ['肝臓'] }),
  ];

  it("suggests seeds matching the region's open needs, with the reason", () => {
    const suggestions = suggestSeeds('okitama', [wine, soy, liver], [winery, ja, shonai], needs);
    expect(suggestions.map((s) => s.seed.title)).toEqual([wine.title, soy.title]);
    expect(suggestions[0]?.reasons[0]).toEqual({
      companyName: '置賜ワイナリー',
      needTitle: '在来品種ワインの香り成分を残したい',
      field: 'food',
      keywords: ['ワイン', '香り成分'],
    });
  });

  it('leaves out seeds already picked and needs of other regions or closed ones', () => {
    expect(
      suggestSeeds('okitama', [wine, soy, liver], [winery, ja, shonai], needs, [wine.id]).map((s) => s.seed.id),
    ).toEqual([soy.id]);
    expect(suggestSeeds('shonai', [wine, soy, liver], [winery, ja, shonai], needs).map((s) => s.seed.id)).toEqual([
      liver.id,
    ]);
  });
});

describe('consultations', () => {
  it('become one open need per seed and a visit with follow-ups due two weeks later', () => {
    const event = eventSchema.parse({
      ...meta(),
      kind: 'seedBriefing',
      title: '置賜地域 研究シーズ説明会',
      region: 'okitama',
      date: '2012-06-08',
    });
    const { needs, visit } = consultationRecords(
      event,
      { companyId: winery.id, notes: '試験醸造の相談' },
      [wine, soy],
      'ja',
    );
    expect(needs.map((n) => needInputSchema.parse(n).title)).toEqual([
      '県在来ブドウを使用した品質の高いワインの開発についての相談',
      '害虫に強い大豆の研究開発についての相談',
    ]);
    const parsed = visitInputSchema.parse({ ...visit, needIds: [] });
    expect(parsed.followUps.map((f) => f.due)).toEqual(['2012-06-22', '2012-06-22']);
    expect(parsed.purpose).toBe('seedIntroduction');
    expect(parsed.summary).toContain('試験醸造の相談');
  });
});
