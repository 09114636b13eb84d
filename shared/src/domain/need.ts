import { z } from 'zod';
import { needStatuses, researchFields } from '../master/vocabularies.ts';
import { companyIdSchema, needIdSchema, visitIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { keywordListSchema, optionalText, requiredText } from './validators/text.ts';

/** The fields a user edits on a company need. */
export const needFieldsShape = {
  companyId: companyIdSchema,
  /** The visit where the need was heard, or '' . */
  sourceVisitId: z.union([z.literal(''), visitIdSchema], { error: 'id' }).default(''),
  title: requiredText(200),
  description: optionalText(20_000),
  field: z.enum(researchFields, { error: 'invalidChoice' }),
  keywords: keywordListSchema,
  /** A confidential need never leaves the team (no handouts, no exports for outsiders). */
  confidential: z.boolean({ error: 'invalid' }).default(false),
  status: z.enum(needStatuses, { error: 'invalidChoice' }).default('open'),
};

/** What a form submits for a need. */
export const needInputSchema = z.object(needFieldsShape);
/** A stored need. */
export const needSchema = z.object({ id: needIdSchema, ...recordMetaShape, ...needFieldsShape });
/** A company need. */
export type Need = z.infer<typeof needSchema>;
/** A need as a form submits it. */
export type NeedInput = z.input<typeof needInputSchema>;
