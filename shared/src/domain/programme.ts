import { z } from 'zod';
import { programmeIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { dateSchema, fiscalYearSchema, optionalDateSchema } from './validators/dates.ts';
import { yenSchema } from './validators/money.ts';
import { optionalText, requiredText } from './validators/text.ts';

/** A subsidy rate as a fraction (2/3, 1/2) so no rounding creeps in. */
export const rateSchema = z
  .object({
    numerator: z.number({ error: 'number' }).int({ error: 'number' }).min(0, { error: 'number' }),
    denominator: z.number({ error: 'number' }).int({ error: 'number' }).min(1, { error: 'number' }),
  })
  .refine((r) => r.numerator <= r.denominator, { error: 'number' });

/** A rate such as 2/3. */
export type Rate = z.infer<typeof rateSchema>;

const yen = yenSchema;

/** How a programme rounds a grant (a term of the programme): down or half up to a unit of yen. */
export const roundingSchema = z.object({
  mode: z.enum(['down', 'halfUp'], { error: 'invalidChoice' }),
  unitYen: z.number({ error: 'number' }).int({ error: 'number' }).min(1, { error: 'number' }),
});

/** The eligible cost categories the FY2012 plan names (others may be added per year). */
export const defaultCostCategories = ['原材料費・消耗品費', '旅費', '共同研究費', '備品費'] as const;

/** The fields a user edits on a support programme's terms for one fiscal year. */
export const programmeFieldsShape = {
  name: requiredText(200),
  fiscalYear: fiscalYearSchema,
  awards: z.number({ error: 'number' }).int({ error: 'number' }).min(0, { error: 'number' }),
  grantMinYen: yen,
  grantMaxYen: yen,
  rateSme: rateSchema,
  rateLarge: rateSchema,
  callStart: dateSchema,
  callEnd: dateSchema,
  committeeDate: optionalDateSchema.default(''),
  /** When the funded period starts, as the terms say it (e.g. 交付決定の日). */
  periodStart: optionalText(200),
  /** Last day of the funded period (the fiscal year's end). */
  periodEnd: optionalDateSchema.default(''),
  rounding: roundingSchema.default({ mode: 'down', unitYen: 1000 }),
  costCategories: z.array(requiredText(100), { error: 'invalid' }).default(() => [...defaultCostCategories]),
  /** The eligibility conditions as they print on the handout. */
  eligibility: optionalText(5000),
  notes: optionalText(5000),
};

const ordered = (p: { grantMinYen: number; grantMaxYen: number; callStart: string; callEnd: string }) =>
  p.grantMinYen <= p.grantMaxYen && p.callStart <= p.callEnd;

/** What a form submits for a programme. */
export const programmeInputSchema = z
  .object(programmeFieldsShape)
  .refine(ordered, { error: 'invalid', path: ['grantMaxYen'] });
/** A stored programme. */
export const programmeSchema = z
  .object({ id: programmeIdSchema, ...recordMetaShape, ...programmeFieldsShape })
  .refine(ordered, { error: 'invalid', path: ['grantMaxYen'] });
/** A support programme's terms for one fiscal year. */
export type Programme = z.infer<typeof programmeSchema>;
/** A programme as a form submits it. */
export type ProgrammeInput = z.input<typeof programmeInputSchema>;
