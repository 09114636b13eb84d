import { fiscalYearOf } from '../text/japaneseDate.ts';
import { attendeesOf } from './needsSeedsSection.ts';
import type { SectionFunction, YearRow } from './reportModel.ts';

/** The exchange events the report counts: 研究交流会, 研究発表会・製品展示会, 連絡会議. */
export const exchangeKinds = ['researchExchange', 'presentationExhibition', 'liaisonMeeting'] as const;

/** Exchange: the year's 研究交流会, 研究発表会・製品展示会 and 連絡会議 held (by event date), and their participants. */
export const exchangeSection: SectionFunction = (index, filter) => {
  const events = index.data.events.filter(
    (e) =>
      (exchangeKinds as readonly string[]).includes(e.kind) &&
      fiscalYearOf(e.date) === filter.fiscalYear &&
      (filter.region === '' || e.region === filter.region),
  );
  const rows = (value: (e: (typeof events)[number]) => number): YearRow[] =>
    exchangeKinds.map((kind) => {
      const held = events.filter((e) => e.kind === kind);
      return {
        key: kind,
        value: held.reduce((sum, e) => sum + value(e), 0),
        table: 'events',
        ids: held.map((e) => e.id as string).sort(),
      };
    });
  return [
    { id: 'exchangeHeld', dimension: 'eventKind', rows: rows(() => 1) },
    { id: 'exchangeParticipants', dimension: 'eventKind', rows: rows(attendeesOf) },
  ];
};
