import { z } from 'zod';
import { visitPurposes, visitStates } from '../master/vocabularies.ts';
import { attachmentIdSchema, companyIdSchema, needIdSchema, seedIdSchema, visitIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { dateSchema, optionalDateSchema, optionalTimeSchema } from './validators/dates.ts';
import { optionalText, requiredText } from './validators/text.ts';

/** A follow-up promised during a visit. */
export const followUpSchema = z.object({
  text: requiredText(500),
  due: optionalDateSchema.default(''),
  done: z.boolean({ error: 'invalid' }).default(false),
});

/** One follow-up. */
export type FollowUp = z.infer<typeof followUpSchema>;

/** The fields a user edits on a visit log. */
export const visitFieldsShape = {
  companyId: companyIdSchema,
  date: dateSchema,
  startTime: optionalTimeSchema.default(''),
  endTime: optionalTimeSchema.default(''),
  coordinator: optionalText(100),
  /** People met, as written. */
  attendees: z.array(requiredText(100)).default([]),
  purpose: z.enum(visitPurposes, { error: 'invalidChoice' }),
  summary: optionalText(20_000),
  needIds: z.array(needIdSchema).default([]),
  /** Seed sheets introduced during the visit. */
  seedIds: z.array(seedIdSchema).default([]),
  followUps: z.array(followUpSchema).default([]),
  nextVisit: optionalDateSchema.default(''),
  attachmentIds: z.array(attachmentIdSchema).default([]),
  state: z.enum(visitStates, { error: 'invalidChoice' }).default('draft'),
  /** Due dates of the open follow-ups, kept by the repository for the "follow-ups by due date" index. */
  openFollowUpDues: z.array(dateSchema).default([]),
};

/** What a form submits for a visit. */
export const visitInputSchema = z
  .object(visitFieldsShape)
  .refine((v) => v.startTime === '' || v.endTime === '' || v.startTime <= v.endTime, {
    error: 'timeOrder',
    path: ['endTime'],
  });

/** A stored visit. */
export const visitSchema = z
  .object({ id: visitIdSchema, ...recordMetaShape, ...visitFieldsShape })
  .refine((v) => v.startTime === '' || v.endTime === '' || v.startTime <= v.endTime, {
    error: 'timeOrder',
    path: ['endTime'],
  });

/** A visit log as stored. */
export type Visit = z.infer<typeof visitSchema>;
/** A visit as a form submits it. */
export type VisitInput = z.input<typeof visitInputSchema>;

/** The due dates of a visit's open follow-ups, sorted and distinct (what the index holds). */
export function openFollowUpDues(followUps: readonly FollowUp[]): string[] {
  return [...new Set(followUps.filter((f) => !f.done && f.due !== '').map((f) => f.due))].sort();
}
