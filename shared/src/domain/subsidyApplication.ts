import { z } from 'zod';
import { subsidyAims, subsidyStatuses, type SubsidyStatus } from '../master/vocabularies.ts';
import { companyIdSchema, programmeIdSchema, projectIdSchema, subsidyApplicationIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { dateSchema, fiscalYearSchema, optionalDateSchema } from './validators/dates.ts';
import { yenSchema } from './validators/money.ts';
import { optionalText, requiredText } from './validators/text.ts';

/** One planned eligible cost of an application. */
export const plannedCostSchema = z.object({ category: requiredText(100), amountYen: yenSchema });

/** The date field of each step of an application, in the order the steps happen. */
export const subsidyStepDates = [
  ['applied', 'appliedOn'],
  ['review', 'reviewedOn'],
  ['adopted', 'resultOn'],
  ['decided', 'decidedOn'],
  ['reported', 'reportedOn'],
  ['confirmed', 'confirmedOn'],
] as const satisfies readonly (readonly [SubsidyStatus, string])[];

/** The steps an application has passed through when it has a status (不採択 counts as a result like 採択). */
export function stepsReached(status: SubsidyStatus): readonly SubsidyStatus[] {
  const order: readonly SubsidyStatus[] = ['applied', 'review', 'adopted', 'decided', 'reported', 'confirmed'];
  if (status === 'rejected') return ['applied', 'review', 'adopted'];
  return order.slice(0, order.indexOf(status) + 1);
}

/** The fields a user edits on an application to the prefecture's grant (the grant itself is computed, never stored). */
export const subsidyApplicationFieldsShape = {
  programmeId: programmeIdSchema,
  fiscalYear: fiscalYearSchema,
  companyId: companyIdSchema,
  projectId: z.union([z.literal(''), projectIdSchema], { error: 'id' }).default(''),
  costs: z.array(plannedCostSchema, { error: 'invalid' }).default([]),
  /** 本社又は主たる事業所が県内にあること, as the applicant states it. */
  headOfficeInPrefecture: z.boolean({ error: 'invalid' }).default(true),
  aim: z.enum(subsidyAims, { error: 'invalidChoice' }).default('commercialisation'),
  status: z.enum(subsidyStatuses, { error: 'invalidChoice' }).default('applied'),
  appliedOn: dateSchema,
  reviewedOn: optionalDateSchema.default(''),
  resultOn: optionalDateSchema.default(''),
  decidedOn: optionalDateSchema.default(''),
  reportedOn: optionalDateSchema.default(''),
  confirmedOn: optionalDateSchema.default(''),
  /** 交付決定額 (0 until decided). */
  decidedYen: yenSchema.default(0),
  /** 確定額 (0 until confirmed). */
  confirmedYen: yenSchema.default(0),
  notes: optionalText(5000),
};

type StepFields = Readonly<Record<(typeof subsidyStepDates)[number][1], string>> &
  Readonly<{ status: SubsidyStatus; decidedYen: number; confirmedYen: number }>;

/** Each reached step has its date, no date is before an earlier step's, and amounts come with their step. */
function checkSteps(application: StepFields, ctx: z.RefinementCtx): void {
  const reached = stepsReached(application.status);
  let latest = '';
  for (const [step, field] of subsidyStepDates) {
    const date = application[field];
    if (reached.includes(step) && date === '') ctx.addIssue({ code: 'custom', message: 'required', path: [field] });
    if (date === '') continue;
    if (date < latest) ctx.addIssue({ code: 'custom', message: 'stepOrder', path: [field] });
    latest = date > latest ? date : latest;
  }
  if (reached.includes('decided') && application.decidedYen === 0)
    ctx.addIssue({ code: 'custom', message: 'required', path: ['decidedYen'] });
  if (reached.includes('confirmed') && application.confirmedYen === 0)
    ctx.addIssue({ code: 'custom', message: 'required', path: ['confirmedYen'] });
  if (application.confirmedYen > 0 && application.decidedYen > 0 && application.confirmedYen > application.decidedYen)
    ctx.addIssue({ code: 'custom', message: 'exceedsDecided', path: ['confirmedYen'] });
}

/** What a form submits for a subsidy application. */
export const subsidyApplicationInputSchema = z.object(subsidyApplicationFieldsShape).superRefine(checkSteps);
/** A stored subsidy application. */
export const subsidyApplicationSchema = z
  .object({ id: subsidyApplicationIdSchema, ...recordMetaShape, ...subsidyApplicationFieldsShape })
  .superRefine(checkSteps);
/** An application to the バイオ技術産業化支援事業 for one fiscal year. */
export type SubsidyApplication = z.infer<typeof subsidyApplicationSchema>;
/** A subsidy application as a form submits it. */
export type SubsidyApplicationInput = z.input<typeof subsidyApplicationInputSchema>;
