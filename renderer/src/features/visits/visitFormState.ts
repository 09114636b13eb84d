import type { Visit } from '#shared/domain/visit';

/** The visit form's values: what the user types, before validation. */
export type VisitFormState = {
  date: string;
  startTime: string;
  endTime: string;
  purpose: string;
  coordinator: string;
  attendees: string[];
  summary: string;
  needIds: string[];
  seedIds: string[];
  followUps: { text: string; due: string; done: boolean }[];
  nextVisit: string;
  attachmentIds: string[];
};

/** The form values of a stored visit. */
export function toFormState(visit: Visit): VisitFormState {
  return {
    date: visit.date,
    startTime: visit.startTime,
    endTime: visit.endTime,
    purpose: visit.purpose,
    coordinator: visit.coordinator,
    attendees: [...visit.attendees],
    summary: visit.summary,
    needIds: [...visit.needIds],
    seedIds: [...visit.seedIds],
    followUps: visit.followUps.map((followUp) => ({ ...followUp })),
    nextVisit: visit.nextVisit,
    attachmentIds: [...visit.attachmentIds],
  };
}

/** The dom id of a field (and, with `-error`, of its inline message), from its dotted path. */
export function fieldId(path: string): string {
  return `visit-${path.replaceAll('.', '-')}`;
}
