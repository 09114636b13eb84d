/** Kinds of organisation a coordinator meets (DESIGN §1). Labels live in the `data` i18n namespace. */
export const companyKinds = [
  'ja',
  'agriCorporation',
  'farmer',
  'foodMaker',
  'medical',
  'financial',
  'university',
  'publicLab',
] as const;
/** One company kind. */
export type CompanyKind = (typeof companyKinds)[number];

/** Company size, which decides the subsidy rate (2/3 for SMEs, 1/2 for large firms). */
export const companySizes = ['sme', 'large'] as const;
/** One company size. */
export type CompanySize = (typeof companySizes)[number];

/** Why a visit was made: ニーズ探索, シーズ紹介, フォローアップ, 共同研究打合せ, その他. */
export const visitPurposes = [
  'needsDiscovery',
  'seedIntroduction',
  'followUp',
  'jointResearchMeeting',
  'other',
] as const;
/** One visit purpose. */
export type VisitPurpose = (typeof visitPurposes)[number];

/** Focus fields of the plan: 医療, 農業, 食品 and 環境. */
export const researchFields = ['medical', 'agriculture', 'food', 'environment'] as const;
/** One research field. */
export type ResearchField = (typeof researchFields)[number];

/** Research stages: 基礎・基盤 → 応用・実用化 → 実用化. */
export const researchStages = ['basic', 'applied', 'practical'] as const;
/** One research stage. */
export type ResearchStage = (typeof researchStages)[number];

/** Event kinds: シーズ説明会, 研究交流会, 研究発表会・製品展示会, 連絡会議, セミナー. */
export const eventKinds = [
  'seedBriefing',
  'researchExchange',
  'presentationExhibition',
  'liaisonMeeting',
  'seminar',
] as const;
/** One event kind. */
export type EventKind = (typeof eventKinds)[number];

/** Status of a company need. */
export const needStatuses = ['open', 'matched', 'jointResearch', 'closed'] as const;
/** One need status. */
export type NeedStatus = (typeof needStatuses)[number];

/** Status of a need–seed match. */
export const matchStatuses = ['proposed', 'contacted', 'theme', 'declined'] as const;
/** One match status. */
export type MatchStatus = (typeof matchStatuses)[number];

/** A visit log is a draft (autosaved) or final. */
export const visitStates = ['draft', 'final'] as const;
/** One visit state. */
export type VisitState = (typeof visitStates)[number];

/** Visibility of one seed-sheet field on public handouts. */
export const visibilities = ['public', 'internal'] as const;
/** One visibility. */
export type Visibility = (typeof visibilities)[number];

/** Stages of a joint-research project: 芽出し → 共同研究 → 事業化, or 中止. */
export const projectStages = ['germination', 'jointResearch', 'commercialisation', 'discontinued'] as const;
/** One project stage. */
export type ProjectStage = (typeof projectStages)[number];

/** Funding agencies the plan names (文部科学省, 経済産業省, JST); any other is free text. */
export const fundingAgencies = ['mext', 'meti', 'jst', 'other'] as const;
/** One funding agency. */
export type FundingAgency = (typeof fundingAgencies)[number];

/** Result of a competitive-funding application: 準備中 / 申請済 / 採択 / 不採択 / 辞退. */
export const fundingResults = ['preparing', 'submitted', 'adopted', 'rejected', 'withdrawn'] as const;
/** One funding result. */
export type FundingResult = (typeof fundingResults)[number];

/** Steps of a subsidy application: 申請 → 審査 → 採択 / 不採択 → 交付決定 → 実績報告 → 確定. */
export const subsidyStatuses = [
  'applied',
  'review',
  'adopted',
  'rejected',
  'decided',
  'reported',
  'confirmed',
] as const;
/** One subsidy application status. */
export type SubsidyStatus = (typeof subsidyStatuses)[number];

/** The aim an application states: 事業化 within about 3 years, or better chances at competitive funding. */
export const subsidyAims = ['commercialisation', 'competitiveFunding'] as const;
/** One subsidy aim. */
export type SubsidyAim = (typeof subsidyAims)[number];
