/**
 * What a printed seed-briefing handout shows, already filtered: it holds only what may be printed
 * for the public, so the print route cannot leak an internal field by mistake. Built by
 * `toHandoutModel`; rendered by the renderer's print route.
 */
import type { Rate } from '../domain/programme.ts';
import type { RegionId } from '../master/regions.ts';
import type { EventKind, ResearchField, ResearchStage } from '../master/vocabularies.ts';

/** Languages a handout can be printed in; Japanese is the default. */
export const handoutLanguages = ['ja', 'en'] as const;

/** A handout language. */
export type HandoutLanguage = (typeof handoutLanguages)[number];

/** Labelled one-line facts under a seed's title, in print order (each only when public). */
export const seedFactKeys = ['institution', 'researcher', 'ipStatus', 'contact'] as const;

/** One kind of seed fact. */
export type SeedFactKey = (typeof seedFactKeys)[number];

/** Prose sections of a seed page, in print order (each only when public). */
export const seedSectionKeys = ['summary', 'advantage', 'applications'] as const;

/** One kind of seed section. */
export type SeedSectionKey = (typeof seedSectionKeys)[number];

/** One seed sheet's page: its public fields only. */
export type HandoutSeedPage = Readonly<{
  seedId: string;
  /** 1-based position in the event's order; the consultation form uses the same numbers. */
  number: number;
  /** In the handout's language; in Japanese when an English handout's sheet has no English title. */
  title: string;
  /** The title is the Japanese one on an English handout (printed and marked as such). */
  titleInJapanese: boolean;
  field: ResearchField;
  stage: ResearchStage;
  facts: readonly Readonly<{ key: SeedFactKey; value: string }>[];
  /** Each text in the handout's language, or the Japanese text (`inJapanese`) where the English one is empty. */
  sections: readonly Readonly<{ key: SeedSectionKey; text: string; inJapanese: boolean }>[];
  keywords: readonly string[];
}>;

/** One line of the agenda (次第); `time` is `HH:MM` or ''. */
export type HandoutAgendaItem = Readonly<{ time: string; title: string }>;

/** The support programme's terms for the event's fiscal year; dates are ISO or ''. */
export type HandoutProgramme = Readonly<{
  name: string;
  fiscalYear: number;
  awards: number;
  grantMinYen: number;
  grantMaxYen: number;
  rateSme: Rate;
  rateLarge: Rate;
  callStart: string;
  callEnd: string;
  committeeDate: string;
  periodEnd: string;
  /** How the grant is rounded (a term of the programme). */
  rounding: Readonly<{ mode: 'down' | 'halfUp'; unitYen: number }>;
  costCategories: readonly string[];
  eligibility: string;
  notes: string;
}>;

/** The cover: what, when, where, by whom. Dates are ISO, times `HH:MM` or ''. */
export type HandoutCover = Readonly<{
  kind: EventKind;
  title: string;
  region: RegionId | '';
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  organisers: readonly string[];
}>;

/** Everything one handout prints. */
export type HandoutModel = Readonly<{
  eventId: string;
  language: HandoutLanguage;
  /** The fiscal year (年度) the event falls in; the programme page shows that year's terms. */
  fiscalYear: number;
  cover: HandoutCover;
  agenda: readonly HandoutAgendaItem[];
  seeds: readonly HandoutSeedPage[];
  programme: HandoutProgramme | null;
  /** A URL to print as a QR code on the consultation form, or null. */
  qrUrl: string | null;
}>;

/** How many A4 pages a handout has: cover, agenda, one per seed, the programme (if any), the form. */
export function handoutPageCount(model: HandoutModel): number {
  return 2 + model.seeds.length + (model.programme === null ? 0 : 1) + 1;
}
