import type { SeedInput } from '../domain/seed.ts';

// The 16 themes of the plan's table 「平成24年度以降のバイオクラスター関連の研究プロジェクト」.
// Title = テーマ, summary = 取組み内容・目標, applications = the table's 応用分野 column.
// Field and stage mapping, and what the internal institution field says: docs/data-model.md.

const breeding = '品種改良・栽培技術開発';
const products = '商品開発・技術開発';
const diagnosis = 'バイオマーカー活用による疾病の診断技術開発';
const ventureDiagnosis = 'バイオマーカー活用による診断技術開発';
const microbes = '微生物を活用した製品開発';

// The plan names 慶應先端研's metabolome analysis as the core of the projects and hides the
// per-theme institutions in its public version; this sample says no more than that.
const keio = '慶應先端研（メタボローム解析）ほか';
const venture = 'ベンチャー企業';

type Row = Readonly<{
  title: string;
  summary: string;
  field: SeedInput['field'];
  stage: SeedInput['stage'];
  applications: string;
  institution: string;
  keywords: readonly string[];
}>;

const rows: readonly Row[] = [
  {
    title: '県産農産物に含まれる特徴的成分の解明',
    summary: '県産農産物の機能性成分や特徴的成分を解析し、育種や栽培技術の開発に活用',
    field: 'agriculture',
    stage: 'basic',
    applications: breeding,
    institution: keio,
    keywords: ['機能性成分', '育種', '栽培技術'],
  },
  {
    title: '害虫に強い大豆の研究開発',
    summary: '害虫の被害が少ない大豆の特徴を解析し、農薬等を用いないで栽培できる品種開発等に活用',
    field: 'agriculture',
    stage: 'basic',
    applications: breeding,
    institution: keio,
    keywords: ['大豆', '品種開発'],
  },
  {
    title: '水稲の良食味品種のDNAマーカー開発',
    summary: '水稲の良食味品種の食味に係るDNAマーカーの開発にメタボローム解析を活用。効率的な育種を実施',
    field: 'agriculture',
    stage: 'basic',
    applications: breeding,
    institution: keio,
    keywords: ['水稲', 'DNAマーカー', '育種'],
  },
  {
    title: 'DNAマーカーを活用した果樹等の品種選抜',
    summary: '果樹の品種改良に有効なDNAマーカーの開発にメタボローム解析を活用。効率的な育種を実施',
    field: 'agriculture',
    stage: 'basic',
    applications: breeding,
    institution: keio,
    keywords: ['果樹', 'DNAマーカー', '品種選抜'],
  },
  {
    title: '庄内柿の機能性を活かした加工食品開発',
    summary: '機能性成分を高める栽培法により生産された庄内柿を使用した製品開発にメタボローム解析を活用',
    field: 'food',
    stage: 'applied',
    applications: products,
    institution: keio,
    keywords: ['庄内柿', '加工食品'],
  },
  {
    title: '機能性評価システムの活用による県産農産物の機能性を生かす高付加価値食品等の開発',
    summary:
      'メタボローム解析により県産農産物に含まれる機能性成分を解明し、疾病などの予防効果のある高付加価値食品等を開発',
    field: 'food',
    stage: 'applied',
    applications: products,
    institution: keio,
    keywords: ['機能性評価', '高付加価値食品'],
  },
  {
    title: '若者など新たな購買層を対象とした臭いの少ない漬物の製造技術の開発',
    summary: '漬物の特有の臭いの発生メカニズムを解明することにより、漬物臭を抑制する技術を開発',
    field: 'food',
    stage: 'applied',
    applications: products,
    institution: keio,
    keywords: ['漬物', '臭気抑制'],
  },
  {
    title: '県在来ブドウを使用した品質の高いワインの開発',
    summary:
      '県在来のブドウについて、醸造による香り成分の変化をメタボローム解析し、香り成分を保持する品質の高いワインの醸造技術を開発',
    field: 'food',
    stage: 'applied',
    applications: products,
    institution: keio,
    keywords: ['ワイン', '香り成分', '醸造'],
  },
  {
    title: 'メタボローム解析による日本酒の熟成及び機能性の解明',
    summary:
      '日本酒をメタボローム解析し、熟成による成分の変化や機能性成分を探索し、新酒開発、醸造工程管理への応用に活用',
    field: 'food',
    stage: 'applied',
    applications: products,
    institution: keio,
    keywords: ['日本酒', '熟成', '醸造工程管理'],
  },
  {
    title: '微細藻類に含まれる機能性成分に着目した製品開発',
    summary: '微細藻類の代謝物質等をメタボローム解析し、機能性成分を活用した製品を開発',
    field: 'food',
    stage: 'applied',
    applications: products,
    institution: keio,
    keywords: ['微細藻類', '機能性成分'],
  },
  {
    title: '血液による複数の肝臓疾患診断技術の開発',
    summary: 'メタボローム解析により探索した血液中のバイオマーカーを活用し、複数の肝臓疾患を一度に診断する技術を開発',
    field: 'medical',
    stage: 'applied',
    applications: diagnosis,
    institution: keio,
    keywords: ['肝臓疾患', 'バイオマーカー', '血液'],
  },
  {
    title: '唾液による膵臓がん等の診断技術の開発',
    summary: 'メタボローム解析により探索した唾液中のバイオマーカーを活用し、膵臓がん等を診断する技術を開発',
    field: 'medical',
    stage: 'applied',
    applications: diagnosis,
    institution: keio,
    keywords: ['膵臓がん', 'バイオマーカー', '唾液'],
  },
  {
    title: '大腸がんのバイオマーカー探索',
    summary: '県内企業との共同研究により大腸がんの診断に有効なバイオマーカーをメタボローム解析により探索',
    field: 'medical',
    stage: 'basic',
    applications: diagnosis,
    institution: keio,
    keywords: ['大腸がん', 'バイオマーカー'],
  },
  {
    title: 'がんや生活習慣病の早期発見等を目指した疫学研究の実施',
    summary:
      '鶴岡市民を対象に検体を収集し、メタボローム解析を活用した診断技術の有効性を検証する。疫学研究の成果を地域の疾病予防等に活用',
    field: 'medical',
    stage: 'basic',
    applications: diagnosis,
    institution: keio,
    keywords: ['疫学研究', '生活習慣病'],
  },
  {
    title: 'うつ病を簡易に診断するキットの開発',
    summary:
      '客観的な診断が難しい「うつ病」を高い確率で診断できるバイオマーカーをメタボローム解析により発見。診断キットの開発に取り組む',
    field: 'medical',
    stage: 'practical',
    applications: ventureDiagnosis,
    institution: venture,
    keywords: ['うつ病', '診断キット'],
  },
  {
    title: '人工クモ糸の開発',
    summary: '微生物を活用した石油に由来しない強靱な繊維を合成する技術を開発。大量生産に向けた研究開発を推進',
    field: 'environment',
    stage: 'practical',
    applications: microbes,
    institution: venture,
    keywords: ['人工クモ糸', '微生物', '繊維'],
  },
];

/** The 16 research themes of the FY2012 plan as seed sheets; institution and keywords are internal. */
export const sampleSeeds: readonly SeedInput[] = rows.map((row) => ({
  ...row,
  keywords: [...row.keywords],
  visibility: { institution: 'internal', keywords: 'internal' },
}));
