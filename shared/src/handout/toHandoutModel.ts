import type { KakehashiEvent } from '../domain/event.ts';
import type { Programme } from '../domain/programme.ts';
import { seedEnglishFields, type Seed } from '../domain/seed.ts';
import { seedPublicView, type SeedPublicView } from '../domain/seedPublicView.ts';
import { handoutEn } from '../i18n/handout.en.ts';
import { handoutJa } from '../i18n/handout.ja.ts';
import { fiscalYearOf } from '../text/japaneseDate.ts';
import {
  seedFactKeys,
  seedSectionKeys,
  type HandoutAgendaItem,
  type HandoutLanguage,
  type HandoutModel,
  type HandoutProgramme,
  type HandoutSeedPage,
} from './handoutModel.ts';

/** How a handout is printed: its language. */
export type HandoutOptions = Readonly<{ language: HandoutLanguage }>;

/**
 * One seed's page from its public view only: internal fields are absent from that view, so they
 * cannot reach the page whatever the template does.
 */
function seedPage(view: SeedPublicView, number: number, language: HandoutLanguage): HandoutSeedPage {
  const text = (value: string | undefined) => (value ?? '').trim();
  // An English handout prints a sheet's English text, or its Japanese text (marked) where that is empty.
  const localised = (japanese: string | undefined, english: string | undefined) => {
    const translated = language === 'en' ? text(english) : '';
    return translated !== ''
      ? { text: translated, inJapanese: false }
      : { text: text(japanese), inJapanese: language === 'en' };
  };
  const title = localised(view.title, view.titleEn);
  return {
    seedId: view.id,
    number,
    title: title.text,
    titleInJapanese: title.inJapanese,
    field: view.field,
    stage: view.stage,
    facts: seedFactKeys.map((key) => ({ key, value: text(view[key]) })).filter((fact) => fact.value !== ''),
    sections: seedSectionKeys
      .map((key) => ({ key, ...localised(view[key], view[seedEnglishFields[key]]) }))
      .filter((section) => section.text !== ''),
    keywords: (view.keywords ?? []).filter((keyword) => keyword.trim() !== ''),
  };
}

function programmeTerms(programme: Programme): HandoutProgramme {
  const { name, fiscalYear, awards, grantMinYen, grantMaxYen, rateSme, rateLarge, callStart, callEnd } = programme;
  const { committeeDate, periodEnd, notes, rounding, costCategories, eligibility } = programme;
  return {
    name,
    fiscalYear,
    awards,
    grantMinYen,
    grantMaxYen,
    rateSme,
    rateLarge,
    callStart,
    callEnd,
    committeeDate,
    periodEnd,
    rounding,
    costCategories,
    eligibility,
    notes,
  };
}

/** The standard 次第 when the event has none: opening, programme, seeds, consultations, closing. */
function standardAgenda(
  event: KakehashiEvent,
  programme: Programme | null,
  language: HandoutLanguage,
): HandoutAgendaItem[] {
  const text = (language === 'ja' ? handoutJa : handoutEn).agenda.defaults;
  return [
    { time: event.startTime, title: text.opening },
    ...(programme === null ? [] : [{ time: '', title: text.programme.replace('{{name}}', programme.name) }]),
    { time: '', title: text.seeds },
    { time: '', title: text.consultation },
    { time: event.endTime, title: text.closing },
  ];
}

/**
 * Builds the handout of an event: `seeds` are the event's seed sheets in the event's order
 * (deleted ones are skipped), `programme` the support programme of the event's fiscal year or
 * null. Only public fields of each seed sheet are copied (through `seedPublicView`).
 */
export function toHandoutModel(
  event: KakehashiEvent,
  seeds: readonly Seed[],
  programme: Programme | null,
  options: HandoutOptions,
): HandoutModel {
  const fiscalYear = fiscalYearOf(event.date);
  const usableProgramme =
    programme !== null && !programme.deleted && programme.fiscalYear === fiscalYear ? programme : null;
  const pages = seeds
    .filter((seed) => !seed.deleted)
    .map((seed, index) => seedPage(seedPublicView(seed), index + 1, options.language));
  return {
    eventId: event.id,
    language: options.language,
    fiscalYear,
    cover: {
      kind: event.kind,
      title: event.title,
      region: event.region,
      date: event.date,
      startTime: event.startTime,
      endTime: event.endTime,
      venue: event.venue,
      organisers: event.organisers,
    },
    agenda: event.agenda.length > 0 ? event.agenda : standardAgenda(event, usableProgramme, options.language),
    seeds: pages,
    programme: usableProgramme === null ? null : programmeTerms(usableProgramme),
    qrUrl: event.handoutUrl === '' ? null : event.handoutUrl,
  };
}
