import { z } from 'zod';
import { researchInstitutionIds } from '../master/institutions.ts';
import { projectStages, researchFields, type ProjectStage } from '../master/vocabularies.ts';
import { institutionRoles } from '../subsidy/eligibility.ts';
import {
  attachmentIdSchema,
  companyIdSchema,
  matchIdSchema,
  needIdSchema,
  projectIdSchema,
  seedIdSchema,
  visitIdSchema,
} from './ids.ts';
import { recordMetaShape } from './record.ts';
import { dateSchema, optionalDateSchema } from './validators/dates.ts';
import { optionalText, requiredText } from './validators/text.ts';

/** A company taking part in a project, with its role in its own words. */
export const projectCompanySchema = z.object({ companyId: companyIdSchema, role: optionalText(200) });

/** A research institution of a project: one of the master list, or free text when `institutionId` is ''. */
export const projectInstitutionSchema = z
  .object({
    institutionId: z.union([z.literal(''), z.enum(researchInstitutionIds)], { error: 'invalidChoice' }).default(''),
    name: optionalText(200),
    role: z.enum(institutionRoles, { error: 'invalidChoice' }),
  })
  .refine((entry) => entry.institutionId !== '' || entry.name !== '', { error: 'required', path: ['name'] });

/** One step of a project's stage, with its date and (for a step back or 中止) the reason. */
export const stageStepSchema = z.object({
  stage: z.enum(projectStages, { error: 'invalidChoice' }),
  date: dateSchema,
  reason: optionalText(1000),
});

/** One entry of the expert-advice log: who advised, when, on what. */
export const adviceSchema = z.object({
  advisor: requiredText(200),
  date: dateSchema,
  topic: requiredText(500),
  notes: optionalText(5000),
});

const stageOrder: Readonly<Record<ProjectStage, number>> = {
  germination: 0,
  jointResearch: 1,
  commercialisation: 2,
  discontinued: 3,
};

/** Whether going from one stage to the next is a step back (or to 中止), which needs a reason. */
export function stageStepNeedsReason(from: ProjectStage, to: ProjectStage): boolean {
  return to === 'discontinued' || stageOrder[to] < stageOrder[from];
}

type StageStep = z.infer<typeof stageStepSchema>;

/** Checks the history: dates never go back, and a step back or to 中止 carries a reason. */
function checkHistory(history: readonly StageStep[], ctx: z.RefinementCtx): void {
  history.forEach((step, index) => {
    const previous = history[index - 1];
    if (previous === undefined) return;
    if (step.date < previous.date)
      ctx.addIssue({ code: 'custom', message: 'stepOrder', path: ['stageHistory', index, 'date'] });
    if (stageStepNeedsReason(previous.stage, step.stage) && step.reason === '')
      ctx.addIssue({ code: 'custom', message: 'stageReason', path: ['stageHistory', index, 'reason'] });
  });
}

/** The fields a user edits on a joint-research project (`stage` and `companyIds` follow the other fields). */
export const projectFieldsShape = {
  title: requiredText(200),
  theme: optionalText(2000),
  /** The plan's focus field; '' for records from before fields were kept. */
  field: z.union([z.literal(''), z.enum(researchFields)], { error: 'invalidChoice' }).default(''),
  companies: z.array(projectCompanySchema, { error: 'invalid' }).default([]),
  /** Derived from `companies` by the repository; indexed for the company page. */
  companyIds: z.array(companyIdSchema).default([]),
  institutions: z.array(projectInstitutionSchema, { error: 'invalid' }).default([]),
  seedIds: z.array(seedIdSchema).default([]),
  needIds: z.array(needIdSchema).default([]),
  matchIds: z.array(matchIdSchema).default([]),
  visitIds: z.array(visitIdSchema).default([]),
  coordinator: optionalText(100),
  /** The last step of `stageHistory` (the repository keeps them together). */
  stage: z.enum(projectStages, { error: 'invalidChoice' }).default('germination'),
  stageHistory: z.array(stageStepSchema, { error: 'invalid' }).min(1, { error: 'required' }),
  /** The date of the first step; derived by the repository. */
  startedOn: optionalDateSchema.default(''),
  nextAction: optionalText(500),
  due: optionalDateSchema.default(''),
  notes: optionalText(10_000),
  attachmentIds: z.array(attachmentIdSchema).default([]),
  advice: z.array(adviceSchema, { error: 'invalid' }).default([]),
};

/** What a form submits for a project. */
export const projectInputSchema = z
  .object(projectFieldsShape)
  .superRefine((project, ctx) => checkHistory(project.stageHistory, ctx));
/** A stored project. */
export const projectSchema = z
  .object({ id: projectIdSchema, ...recordMetaShape, ...projectFieldsShape })
  .superRefine((project, ctx) => checkHistory(project.stageHistory, ctx));
/** A joint-research project (共同研究), from 芽出し to 事業化. */
export type Project = z.infer<typeof projectSchema>;
/** A project as a form submits it. */
export type ProjectInput = z.input<typeof projectInputSchema>;

/** A project's derived fields: the stage and start date from its history, the company ids from its companies. */
export function deriveProject<P extends z.output<typeof projectInputSchema>>(project: P): P {
  const last = project.stageHistory[project.stageHistory.length - 1];
  return {
    ...project,
    stage: last?.stage ?? project.stage,
    startedOn: project.stageHistory[0]?.date ?? '',
    companyIds: [...new Set(project.companies.map((entry) => entry.companyId))],
  };
}
