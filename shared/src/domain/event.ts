import { z } from 'zod';
import { regionIds } from '../master/regions.ts';
import { eventKinds } from '../master/vocabularies.ts';
import { companyIdSchema, eventIdSchema, seedIdSchema, visitIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { urlSchema } from './validators/contact.ts';
import { dateSchema, optionalTimeSchema } from './validators/dates.ts';
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
  /** The visit log (with needs and follow-ups) recorded for this consultation, or ''. */
  visitId: z.union([z.literal(''), visitIdSchema], { error: 'id' }).default(''),
});

/** One consultation held at an event. */
export type Consultation = z.infer<typeof consultationSchema>;

/** One company's attendance at an event. */
export type Attendance = z.infer<typeof attendanceSchema>;

/** One line of an event's agenda (次第) as printed on the handout. */
export const agendaItemSchema = z.object({
  time: optionalTimeSchema.default(''),
  title: requiredText(200),
});

/** The fields a user edits on an event. */
export const eventFieldsShape = {
  kind: z.enum(eventKinds, { error: 'invalidChoice' }),
  title: requiredText(200),
  region: z.union([z.literal(''), z.enum(regionIds)], { error: 'invalidChoice' }).default(''),
  date: dateSchema,
  startTime: optionalTimeSchema.default(''),
  endTime: optionalTimeSchema.default(''),
  venue: optionalText(300),
  organisers: z.array(requiredText(200)).default([]),
  /** Seed sheets presented, in order. */
  seedIds: z.array(seedIdSchema).default([]),
  invitedCompanyIds: z.array(companyIdSchema).default([]),
  /** The handout's agenda; empty means the standard one (opening, programme, seeds, consultations, closing). */
  agenda: z.array(agendaItemSchema).default([]),
  /** A web address printed as a QR code on the handout's consultation form; '' for none. */
  handoutUrl: urlSchema.default(''),
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
