import { z } from 'zod';
import { fundingAgencies, fundingResults } from '../master/vocabularies.ts';
import { fundingApplicationIdSchema, projectIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { fiscalYearSchema, optionalDateSchema } from './validators/dates.ts';
import { yenSchema } from './validators/money.ts';
import { optionalText, requiredText } from './validators/text.ts';

/** The fields a user edits on an application for national competitive funding (国等の外部資金). */
export const fundingApplicationFieldsShape = {
  projectId: projectIdSchema,
  fiscalYear: fiscalYearSchema,
  agency: z.enum(fundingAgencies, { error: 'invalidChoice' }),
  /** The agency's name when `agency` is `other`. */
  agencyName: optionalText(200),
  programmeName: requiredText(200),
  callName: optionalText(200),
  applicant: requiredText(200),
  partners: optionalText(1000),
  requestedYen: yenSchema.default(0),
  submittedOn: optionalDateSchema.default(''),
  result: z.enum(fundingResults, { error: 'invalidChoice' }).default('preparing'),
  resultOn: optionalDateSchema.default(''),
  awardedYen: yenSchema.default(0),
  periodStart: optionalDateSchema.default(''),
  periodEnd: optionalDateSchema.default(''),
  notes: optionalText(5000),
};

type FundingFields = Readonly<{
  agency: string;
  agencyName: string;
  submittedOn: string;
  result: string;
  resultOn: string;
  periodStart: string;
  periodEnd: string;
}>;

function checkFunding(application: FundingFields, ctx: z.RefinementCtx): void {
  if (application.agency === 'other' && application.agencyName === '')
    ctx.addIssue({ code: 'custom', message: 'required', path: ['agencyName'] });
  if (application.result !== 'preparing' && application.submittedOn === '')
    ctx.addIssue({ code: 'custom', message: 'required', path: ['submittedOn'] });
  if (application.resultOn !== '' && application.submittedOn !== '' && application.resultOn < application.submittedOn)
    ctx.addIssue({ code: 'custom', message: 'stepOrder', path: ['resultOn'] });
  if (application.periodStart !== '' && application.periodEnd !== '' && application.periodEnd < application.periodStart)
    ctx.addIssue({ code: 'custom', message: 'stepOrder', path: ['periodEnd'] });
}

/** What a form submits for a funding application. */
export const fundingApplicationInputSchema = z.object(fundingApplicationFieldsShape).superRefine(checkFunding);
/** A stored funding application. */
export const fundingApplicationSchema = z
  .object({ id: fundingApplicationIdSchema, ...recordMetaShape, ...fundingApplicationFieldsShape })
  .superRefine(checkFunding);
/** An application for national competitive funding on a project. */
export type FundingApplication = z.infer<typeof fundingApplicationSchema>;
/** A funding application as a form submits it. */
export type FundingApplicationInput = z.input<typeof fundingApplicationInputSchema>;
