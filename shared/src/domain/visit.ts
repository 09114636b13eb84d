import { z } from 'zod';
import { visitPurposes, visitStates } from '../master/vocabularies.ts';
import { attachmentIdSchema, companyIdSchema, needIdSchema, seedIdSchema, visitIdSchema } from './ids.ts';
import { deviceIdSchema, recordMetaShape } from './record.ts';
import { dateSchema, dateTimeSchema, optionalDateSchema, optionalTimeSchema } from './validators/dates.ts';
import { optionalText, requiredText } from './validators/text.ts';

/**
 * A follow-up promised during a visit. Its text may be empty while the visit is a draft (a row
 * added but not yet typed); finalising requires it (see `visitRules`).
 */
export const followUpSchema = z.object({
  text: optionalText(500),
  due: optionalDateSchema.default(''),
  done: z.boolean({ error: 'invalid' }).default(false),
});

/** One follow-up. */
export type FollowUp = z.infer<typeof followUpSchema>;

/** One entry of a visit's edit history: when, on which device, which fields. */
export const visitEditSchema = z.object({
  at: dateTimeSchema,
  by: deviceIdSchema,
  fields: z.array(z.string({ error: 'invalid' }).max(40, { error: 'tooLong' })).max(40, { error: 'invalid' }),
});

/** One entry of a visit's edit history. */
export type VisitEdit = z.infer<typeof visitEditSchema>;

/** The fields a user edits on a visit log. */
export const visitFieldsShape = {
  companyId: companyIdSchema,
  date: dateSchema,
  startTime: optionalTimeSchema.default(''),
  endTime: optionalTimeSchema.default(''),
  coordinator: optionalText(100),
  /** People met, as written. */
  attendees: z.array(requiredText(100)).default([]),
  /** '' only while the visit is a draft: finalising requires a purpose. */
  purpose: z.union([z.literal(''), z.enum(visitPurposes)], { error: 'invalidChoice' }).default(''),
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
  /** Edits made after the visit was finalised (the finalisation itself first); see docs/data-model.md. */
  history: z.array(visitEditSchema).default([]),
};

type VisitRuleInput = Readonly<{
  state: string;
  purpose: string;
  startTime: string;
  endTime: string;
  followUps: readonly Readonly<{ text: string }>[];
}>;

/**
 * The rules over several fields: times in order (always), and what a final visit must have — a
 * purpose and a text on every follow-up. A draft skips the second group so it can always be saved.
 */
function visitRules(v: VisitRuleInput, ctx: z.core.$RefinementCtx): void {
  if (v.startTime !== '' && v.endTime !== '' && v.startTime > v.endTime) {
    ctx.addIssue({ code: 'custom', message: 'timeOrder', path: ['endTime'] });
  }
  if (v.state !== 'final') return;
  if (v.purpose === '') ctx.addIssue({ code: 'custom', message: 'invalidChoice', path: ['purpose'] });
  v.followUps.forEach((followUp, index) => {
    if (followUp.text === '') ctx.addIssue({ code: 'custom', message: 'required', path: ['followUps', index, 'text'] });
  });
}

/** What a form submits for a visit: a draft accepts partial content, a final visit is complete. */
export const visitInputSchema = z.object(visitFieldsShape).superRefine(visitRules);

/** A stored visit. */
export const visitSchema = z
  .object({ id: visitIdSchema, ...recordMetaShape, ...visitFieldsShape })
  .superRefine(visitRules);

/** A visit log as stored. */
export type Visit = z.infer<typeof visitSchema>;
/** A visit as a form submits it. */
export type VisitInput = z.input<typeof visitInputSchema>;

/** The due dates of a visit's open follow-ups, sorted and distinct (what the index holds). */
export function openFollowUpDues(followUps: readonly FollowUp[]): string[] {
  return [...new Set(followUps.filter((f) => !f.done && f.due !== '').map((f) => f.due))].sort();
}
