/**
 * What a printed seed-briefing handout shows, already filtered: it holds only what may be printed
 * for the public, so the print route cannot leak an internal field by mistake. Built by
 * `toHandoutModel`; rendered by the renderer's print route.
 */

/** Languages a handout can be printed in; Japanese is the default. */
export const handoutLanguages = ['ja', 'en'] as const;

/** A handout language. */
export type HandoutLanguage = (typeof handoutLanguages)[number];

/** Labelled one-line facts under a seed's title; each key has a label in the `handout` i18n area. */
export const seedFactKeys = ['field', 'stage', 'researcher', 'ipStatus', 'contact'] as const;

/** One kind of seed fact. */
export type SeedFactKey = (typeof seedFactKeys)[number];

/** Prose sections of a seed page, in print order. */
export const seedSectionKeys = ['summary', 'advantage', 'applications'] as const;

/** One kind of seed section. */
export type SeedSectionKey = (typeof seedSectionKeys)[number];

/** One seed sheet's page: its public fields only. */
export type HandoutSeedPage = Readonly<{
  seedId: string;
  /** 1-based position in the event's order; the consultation form uses the same numbers. */
  number: number;
  title: string;
  facts: readonly Readonly<{ key: SeedFactKey; value: string }>[];
  sections: readonly Readonly<{ key: SeedSectionKey; text: string }>[];
  keywords: readonly string[];
}>;

/** One line of the agenda (次第). */
export type HandoutAgendaItem = Readonly<{ time: string; title: string }>;

/** A fraction such as 2/3, kept exact for printing. */
export type HandoutRate = Readonly<{ numerator: number; denominator: number }>;

/** The support programme's terms for the event's fiscal year. */
export type HandoutProgramme = Readonly<{
  name: string;
  fiscalYear: number;
  awards: number;
  grantMinYen: number;
  grantMaxYen: number;
  rateSme: HandoutRate;
  rateLarge: HandoutRate;
  /** ISO dates. */
  callOpens: string;
  callCloses: string;
  reviewDate: string | null;
  projectEnds: string;
  eligibility: string;
  eligibleCosts: string;
}>;

/** The cover: what, when, where, by whom. Dates are ISO, times `HH:MM`. */
export type HandoutCover = Readonly<{
  /** The event kind's stable key (see `eventKindKeys`), translated when printed. */
  kind: string;
  title: string;
  region: string;
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
