import type { FundingApplicationInput } from '../domain/fundingApplication.ts';
import type { ProjectInput } from '../domain/project.ts';
import type { SubsidyApplicationInput } from '../domain/subsidyApplication.ts';

/** A sample project: `companies` are indexes into `sampleCompanies` (fictitious; every title says サンプル). */
export type SampleProject = Omit<ProjectInput, 'companies'> & Readonly<{ companies: readonly number[] }>;

/** Sample joint-research projects at different stages, each with 慶應先端研 taking part. */
export const sampleProjects: readonly SampleProject[] = [
  {
    title: 'サンプル：発酵食品の香気成分の評価',
    field: 'food',
    companies: [3],
    institutions: [{ institutionId: 'keio', role: 'jointResearch' }],
    coordinator: 'サンプル担当',
    stageHistory: [
      { stage: 'germination', date: '2012-04-20' },
      { stage: 'jointResearch', date: '2012-07-17' },
      { stage: 'commercialisation', date: '2013-03-29' },
    ],
    notes: 'サンプルデータ（架空のプロジェクト）',
  },
  {
    title: 'サンプル：唾液バイオマーカーの測定キット',
    field: 'medical',
    companies: [4],
    institutions: [
      { institutionId: 'yamagataMedicine', role: 'jointResearch' },
      { institutionId: 'keio', role: 'liaison' },
    ],
    stageHistory: [
      { stage: 'germination', date: '2012-05-08' },
      { stage: 'jointResearch', date: '2012-07-17' },
    ],
    nextAction: '試作キットの評価',
    due: '2012-10-31',
    advice: [{ advisor: 'サンプル弁理士', date: '2012-06-12', topic: '出願前の公表の扱い' }],
    notes: 'サンプルデータ（架空のプロジェクト）',
  },
  {
    title: 'サンプル：水稲の栽培条件と食味成分',
    field: 'agriculture',
    companies: [1],
    institutions: [
      { institutionId: 'keio', role: 'jointResearch' },
      { institutionId: 'agriculturalResearch', role: 'cooperation' },
    ],
    stageHistory: [
      { stage: 'germination', date: '2012-05-15' },
      { stage: 'jointResearch', date: '2012-07-17' },
    ],
    notes: 'サンプルデータ（架空のプロジェクト）',
  },
  {
    title: 'サンプル：地域農産物の成分プロファイル',
    field: 'agriculture',
    companies: [0],
    institutions: [{ institutionId: 'keio', role: 'jointResearch' }],
    stageHistory: [{ stage: 'germination', date: '2012-05-20' }],
    notes: 'サンプルデータ（架空のプロジェクト）',
  },
  {
    title: 'サンプル：果実加工品の機能性成分',
    field: 'food',
    companies: [2],
    institutions: [
      { institutionId: 'yamagataAgriculture', role: 'jointResearch' },
      { institutionId: 'keio', role: 'cooperation' },
    ],
    stageHistory: [{ stage: 'germination', date: '2012-05-22' }],
    notes: 'サンプルデータ（架空のプロジェクト）',
  },
];

/** Sample competitive-funding applications; `project` is an index into `sampleProjects`. */
export const sampleFundingApplications: readonly (Omit<FundingApplicationInput, 'projectId'> &
  Readonly<{ project: number }>)[] = [
  {
    project: 0,
    fiscalYear: 2012,
    agency: 'jst',
    programmeName: 'サンプル研究成果展開事業',
    applicant: 'サンプル醸造株式会社',
    requestedYen: 3_000_000,
    submittedOn: '2012-09-14',
    result: 'adopted',
    resultOn: '2012-11-30',
    awardedYen: 2_500_000,
  },
  {
    project: 1,
    fiscalYear: 2012,
    agency: 'mext',
    programmeName: 'サンプル地域イノベーション事業',
    applicant: 'サンプルメディカル株式会社',
    requestedYen: 5_000_000,
    submittedOn: '2012-10-05',
    result: 'submitted',
  },
];

/**
 * Applications to the FY2012 programme; `company` and `project` are indexes. The figures follow the
 * rules: 3,000,000 × 2/3 capped at 1,500,000; 1,200,000 × 2/3 = 800,000; 900,000 × 2/3 = 600,000;
 * 1,000,000 × 1/2 = 500,000 (a large firm); 400,000 × 2/3 = 266,000 is below the floor and refused.
 */
export const sampleSubsidyApplications: readonly (Omit<
  SubsidyApplicationInput,
  'programmeId' | 'companyId' | 'projectId'
> &
  Readonly<{ company: number; project: number }>)[] = [
  {
    company: 3,
    project: 0,
    fiscalYear: 2012,
    costs: [
      { category: '原材料費・消耗品費', amountYen: 1_200_000 },
      { category: '共同研究費', amountYen: 1_800_000 },
    ],
    status: 'confirmed',
    appliedOn: '2012-06-18',
    reviewedOn: '2012-07-09',
    resultOn: '2012-07-09',
    decidedOn: '2012-07-17',
    reportedOn: '2013-03-29',
    confirmedOn: '2013-04-12',
    decidedYen: 1_500_000,
    confirmedYen: 1_500_000,
  },
  {
    company: 4,
    project: 1,
    fiscalYear: 2012,
    costs: [
      { category: '共同研究費', amountYen: 1_000_000 },
      { category: '旅費', amountYen: 200_000 },
    ],
    status: 'decided',
    appliedOn: '2012-06-20',
    reviewedOn: '2012-07-09',
    resultOn: '2012-07-09',
    decidedOn: '2012-07-17',
    decidedYen: 800_000,
  },
  {
    company: 1,
    project: 2,
    fiscalYear: 2012,
    costs: [{ category: '備品費', amountYen: 900_000 }],
    status: 'adopted',
    appliedOn: '2012-06-22',
    reviewedOn: '2012-07-09',
    resultOn: '2012-07-09',
  },
  {
    company: 0,
    project: 3,
    fiscalYear: 2012,
    costs: [{ category: '共同研究費', amountYen: 1_000_000 }],
    aim: 'competitiveFunding',
    status: 'adopted',
    appliedOn: '2012-06-25',
    reviewedOn: '2012-07-09',
    resultOn: '2012-07-09',
  },
  {
    company: 2,
    project: 4,
    fiscalYear: 2012,
    costs: [{ category: '原材料費・消耗品費', amountYen: 400_000 }],
    status: 'rejected',
    appliedOn: '2012-06-25',
    reviewedOn: '2012-07-09',
    resultOn: '2012-07-09',
    notes: '対象経費 400,000円 × 2/3 = 266,000円 — 下限 300,000円に届きません',
  },
];
