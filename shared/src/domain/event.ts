import { z } from 'zod';
import { regionIds } from '../master/regions.ts';
import { eventKinds } from '../master/vocabularies.ts';
import { companyIdSchema, eventIdSchema, seedIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { dateSchema } from './validators/dates.ts';
import { optionalText, requiredText } from './validators/text.ts';

/** Who came from one company. */
export const attendanceSchema = z.object({
  companyId: companyIdSchema,
  names: z.array(requiredText(100)).default([]),
  attended: z.boolean({ error: 'invalid' }).default(true),
});

/** A consultation held after a session: which seeds a company asked about. */
export const consultationSchema = z.object({
  companyId: companyIdSchema,
  seedIds: z.array(seedIdSchema).default([]),
  notes: optionalText(5000),
});

/** The fields a user edits on an event. */
export const eventFieldsShape = {
  kind: z.enum(eventKinds, { error: 'invalidChoice' }),
  title: requiredText(200),
  region: z.union([z.literal(''), z.enum(regionIds)], { error: 'invalidChoice' }).default(''),
  date: dateSchema,
  venue: optionalText(300),
  organisers: z.array(requiredText(200)).default([]),
  /** Seed sheets presented, in order. */
  seedIds: z.array(seedIdSchema).default([]),
  invitedCompanyIds: z.array(companyIdSchema).default([]),
  attendance: z.array(attendanceSchema).default([]),
  consultations: z.array(consultationSchema).default([]),
};

/** What a form submits for an event. */
export const eventInputSchema = z.object(eventFieldsShape);
/** A stored event. */
export const eventSchema = z.object({ id: eventIdSchema, ...recordMetaShape, ...eventFieldsShape });
/** An event (シーズ説明会 and the like). */
export type KakehashiEvent = z.infer<typeof eventSchema>;
/** An event as a form submits it. */
export type EventInput = z.input<typeof eventInputSchema>;
