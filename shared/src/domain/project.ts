import { z } from 'zod';
import { researchStages, subsidyStates } from '../master/vocabularies.ts';
import { companyIdSchema, programmeIdSchema, projectIdSchema, seedIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { fiscalYearSchema } from './validators/dates.ts';
import { optionalText, requiredText } from './validators/text.ts';
import { rateSchema } from './programme.ts';

const yen = z.number({ error: 'number' }).int({ error: 'number' }).min(0, { error: 'number' });

/** An external funding source of a project. */
export const fundingSchema = z.object({
  name: requiredText(200),
  programmeId: z.union([z.literal(''), programmeIdSchema], { error: 'id' }).default(''),
  amountYen: yen.default(0),
});

/** A subsidy application of a project. */
export const subsidySchema = z.object({
  programmeId: z.union([z.literal(''), programmeIdSchema], { error: 'id' }).default(''),
  fiscalYear: fiscalYearSchema,
  costsYen: yen,
  requestedYen: yen,
  rate: rateSchema,
  state: z.enum(subsidyStates, { error: 'invalidChoice' }).default('planned'),
});

/** The fields a user edits on a joint-research or subsidy project. */
export const projectFieldsShape = {
  title: requiredText(200),
  companyIds: z.array(companyIdSchema).default([]),
  seedIds: z.array(seedIdSchema).default([]),
  stage: z.enum(researchStages, { error: 'invalidChoice' }),
  funding: z.array(fundingSchema).default([]),
  subsidy: subsidySchema.nullable().default(null),
  notes: optionalText(10_000),
};

/** What a form submits for a project. */
export const projectInputSchema = z.object(projectFieldsShape);
/** A stored project. */
export const projectSchema = z.object({ id: projectIdSchema, ...recordMetaShape, ...projectFieldsShape });
/** A joint-research or subsidy project. */
export type Project = z.infer<typeof projectSchema>;
/** A project as a form submits it. */
export type ProjectInput = z.input<typeof projectInputSchema>;
