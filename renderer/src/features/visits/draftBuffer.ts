import { z } from 'zod';
import type { Visit } from '#shared/domain/visit';
import type { VisitFormState } from './visitFormState.ts';

// The autosave writes to IndexedDB after a pause and when the window hides, but an asynchronous
// write started while a window closes may never run. Every change is therefore also written at
// once, synchronously, to localStorage, and taken back when the visit is opened again.

const keyOf = (visitId: string) => `kakehashi:visit-draft:${visitId}`;

const bufferSchema = z.object({
  at: z.number(),
  values: z.object({
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    purpose: z.string(),
    coordinator: z.string(),
    attendees: z.array(z.string()),
    summary: z.string(),
    needIds: z.array(z.string()),
    seedIds: z.array(z.string()),
    followUps: z.array(z.object({ text: z.string(), due: z.string(), done: z.boolean() })),
    nextVisit: z.string(),
    attachmentIds: z.array(z.string()),
  }) satisfies z.ZodType<VisitFormState>,
});

/** Keeps the form's values of a visit at once (a full or blocked storage only loses this safety net). */
export function bufferDraft(visitId: string, values: VisitFormState, now = Date.now()): void {
  try {
    localStorage.setItem(keyOf(visitId), JSON.stringify({ at: now, values }));
  } catch {
    // The debounced autosave still runs.
  }
}

/** Drops a visit's buffered values once they are stored in the database. */
export function clearBufferedDraft(visitId: string): void {
  try {
    localStorage.removeItem(keyOf(visitId));
  } catch {
    // Nothing to drop.
  }
}

/**
 * Values typed into a visit that the database never received: buffered after the visit's last
 * stored change. Older or unreadable buffers are dropped.
 */
export function takeBufferedDraft(visit: Visit): VisitFormState | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(keyOf(visit.id));
  } catch {
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const result = bufferSchema.safeParse(parsed);
  if (!result.success || result.data.at <= Date.parse(visit.updatedAt)) {
    clearBufferedDraft(visit.id);
    return null;
  }
  return result.data.values;
}
