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

/** State of a subsidy application. */
export const subsidyStates = ['planned', 'applied', 'awarded', 'rejected', 'completed'] as const;
/** One subsidy application state. */
export type SubsidyState = (typeof subsidyStates)[number];

/** Visibility of one seed-sheet field on public handouts. */
export const visibilities = ['public', 'internal'] as const;
/** One visibility. */
export type Visibility = (typeof visibilities)[number];
