import { z } from 'zod';
import { matchStatuses } from '../master/vocabularies.ts';
import { matchIdSchema, needIdSchema, seedIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { optionalDateSchema } from './validators/dates.ts';
import { optionalText } from './validators/text.ts';

/** The fields a user edits on a need–seed match. */
export const matchFieldsShape = {
  needId: needIdSchema,
  seedId: seedIdSchema,
  reason: optionalText(5000),
  status: z.enum(matchStatuses, { error: 'invalidChoice' }).default('proposed'),
  nextAction: optionalText(500),
  due: optionalDateSchema.default(''),
};

/** What a form submits for a match. */
export const matchInputSchema = z.object(matchFieldsShape);
/** A stored match. */
export const matchSchema = z.object({ id: matchIdSchema, ...recordMetaShape, ...matchFieldsShape });
/** A need–seed match. */
export type Match = z.infer<typeof matchSchema>;
/** A match as a form submits it. */
export type MatchInput = z.input<typeof matchInputSchema>;
