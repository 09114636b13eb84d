import type { Consultation, KakehashiEvent } from '../domain/event.ts';
import type { NeedInput } from '../domain/need.ts';
import type { Seed } from '../domain/seed.ts';
import type { VisitInput } from '../domain/visit.ts';
import { eventsEn } from '../i18n/events.en.ts';
import { eventsJa } from '../i18n/events.ja.ts';

/** Days after the event by which the promised follow-up should be done. */
export const followUpDays = 14;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_whole, key: string) => values[key] ?? '');

/**
 * What a consultation at an event becomes in the data: one open need per seed the company asked
 * about, and a final visit log of the consultation (purpose シーズ紹介) with one follow-up per
 * seed, due two weeks after the event. The caller creates the needs first and puts their ids in
 * the visit's `needIds`.
 */
export function consultationRecords(
  event: KakehashiEvent,
  consultation: Pick<Consultation, 'companyId' | 'notes'>,
  seeds: readonly Seed[],
  language: 'ja' | 'en',
): { needs: NeedInput[]; visit: Omit<VisitInput, 'needIds'> } {
  const text = language === 'ja' ? eventsJa.records : eventsEn.records;
  const due = addDays(event.date, followUpDays);
  return {
    needs: seeds.map((seed) => ({
      companyId: consultation.companyId,
      title: fill(text.needTitle, { seed: seed.title }).slice(0, 200),
      description: consultation.notes,
      field: seed.field,
      status: 'open',
    })),
    visit: {
      companyId: consultation.companyId,
      date: event.date,
      purpose: 'seedIntroduction',
      summary: fill(text.visitSummary, { event: event.title, date: event.date, notes: consultation.notes }).trim(),
      seedIds: seeds.map((seed) => seed.id),
      followUps: seeds.map((seed) => ({
        text: fill(text.followUp, { seed: seed.title }).slice(0, 500),
        due,
        done: false,
      })),
      state: 'final',
    },
  };
}
