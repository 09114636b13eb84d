import type { CompanyInput } from '../domain/company.ts';
import type { ProgrammeInput } from '../domain/programme.ts';
import type { VisitInput } from '../domain/visit.ts';

/** バイオ技術産業化支援事業, FY2012 (平成24年度) terms as the plan states them. */
export const sampleProgramme: ProgrammeInput = {
  name: 'バイオ技術産業化支援事業',
  fiscalYear: 2012,
  awards: 5,
  grantMinYen: 300_000,
  grantMaxYen: 1_500_000,
  rateSme: { numerator: 2, denominator: 3 },
  rateLarge: { numerator: 1, denominator: 2 },
  callStart: '2012-05-25',
  callEnd: '2012-06-25',
  committeeDate: '2012-07-09',
  periodEnd: '2013-03-31',
  periodStart: '助成金交付決定の日（7月中旬）',
  rounding: { mode: 'down', unitYen: 1000 },
  costCategories: ['原材料費・消耗品費', '旅費', '共同研究費', '備品費', 'その他'],
  eligibility:
    '県内企業等（山形県内に本社・主たる事業所を有する会社、会社のグループ等）。' +
    '慶應先端研との共同研究によるバイオ研究成果を活用した研究開発活動を対象とするものであること。山形大学や公設試験研究機関等、先端研以外と共同研究を行う場合にあっては、先端研が連携機関又は協力機関として参加するものであること。' +
    '「3年程度で事業化の動きを出せる取組み」や「競争的資金の獲得の可能性を高められる取組み」を対象。',
  notes: '',
};

/** Fictitious companies, one per kind, across the four regions; every name says サンプル. */
export const sampleCompanies: readonly CompanyInput[] = [
  {
    name: 'サンプル農業協同組合',
    nameKana: 'さんぷるのうぎょうきょうどうくみあい',
    kind: 'ja',
    size: 'large',
    municipality: '06205',
    notes: 'サンプルデータ（架空の組織）',
  },
  {
    name: '農業法人サンプルファーム',
    nameKana: 'のうぎょうほうじんさんぷるふぁーむ',
    kind: 'agriCorporation',
    municipality: '06203',
    notes: 'サンプルデータ（架空の組織）',
  },
  {
    name: 'サンプル果樹園',
    nameKana: 'さんぷるかじゅえん',
    kind: 'farmer',
    municipality: '06210',
    notes: 'サンプルデータ（架空の組織）',
  },
  {
    name: 'サンプル醸造株式会社',
    nameKana: 'さんぷるじょうぞう',
    kind: 'foodMaker',
    municipality: '06202',
    notes: 'サンプルデータ（架空の組織）',
  },
  {
    name: 'サンプルメディカル株式会社',
    nameKana: 'さんぷるめでぃかる',
    kind: 'medical',
    municipality: '06204',
    notes: 'サンプルデータ（架空の組織）',
  },
  {
    name: 'サンプル銀行',
    nameKana: 'さんぷるぎんこう',
    kind: 'financial',
    size: 'large',
    municipality: '06201',
    notes: 'サンプルデータ（架空の組織）',
  },
  {
    name: 'サンプル大学研究室',
    nameKana: 'さんぷるだいがくけんきゅうしつ',
    kind: 'university',
    municipality: '06209',
    notes: 'サンプルデータ（架空の組織）',
  },
  {
    name: 'サンプル県立試験場',
    nameKana: 'さんぷるけんりつしけんじょう',
    kind: 'publicLab',
    municipality: '06361',
    notes: 'サンプルデータ（架空の組織）',
  },
];

/** Fictitious visits; `company` is an index into sampleCompanies, `seeds` indexes into sampleSeeds. */
export const sampleVisits: readonly (Omit<VisitInput, 'companyId' | 'seedIds'> & {
  company: number;
  seeds: readonly number[];
})[] = [
  {
    company: 3,
    seeds: [8],
    date: '2012-06-05',
    purpose: 'seedIntroduction',
    coordinator: 'サンプル コーディネーター',
    summary: '日本酒の熟成に関するシーズを紹介（サンプル）。',
    followUps: [{ text: '支援事業の公募要領を送付', due: '2012-06-12' }],
    state: 'final',
  },
  {
    company: 2,
    seeds: [3],
    date: '2012-06-08',
    purpose: 'needsDiscovery',
    coordinator: 'サンプル コーディネーター',
    summary: '果樹の品種選抜に関する課題を伺った（サンプル）。',
    followUps: [{ text: '次回、研究者との面談日程を調整', due: '2012-06-20' }],
    state: 'final',
  },
  {
    company: 1,
    seeds: [0, 4],
    date: '2012-06-14',
    purpose: 'needsDiscovery',
    coordinator: 'サンプル コーディネーター',
    summary: '県産農産物の成分分析への関心を確認（サンプル）。',
    state: 'draft',
  },
  {
    company: 4,
    seeds: [10, 11],
    date: '2012-07-02',
    purpose: 'jointResearchMeeting',
    coordinator: 'サンプル コーディネーター',
    summary: '診断技術の共同研究の進め方を打合せ（サンプル）。',
    nextVisit: '2012-08-01',
    state: 'final',
  },
];
