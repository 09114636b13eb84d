import { z } from 'zod';
import { municipalityIds } from '../master/municipalities.ts';
import { regionIds } from '../master/regions.ts';
import { companyKinds, companySizes, researchFields } from '../master/vocabularies.ts';
import { smeIndustries } from '../subsidy/companySize.ts';
import { companyIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { emailSchema, phoneSchema, urlSchema } from './validators/contact.ts';
import { corporateNumberSchema } from './validators/corporateNumber.ts';
import { yenSchema } from './validators/money.ts';
import { postalCodeSchema } from './validators/postalCode.ts';
import { keywordListSchema, optionalText, requiredText } from './validators/text.ts';

/** A person met at a company. */
export const contactSchema = z.object({
  name: requiredText(100),
  kana: optionalText(100),
  title: optionalText(100),
  phone: phoneSchema.default(''),
  email: emailSchema.default(''),
});

/** A contact person. */
export type Contact = z.infer<typeof contactSchema>;

/** The fields a user edits on a company (the repository adds id and record fields; region follows municipality). */
export const companyFieldsShape = {
  name: requiredText(200),
  /** よみ in hiragana, for 五十音 order. */
  nameKana: optionalText(200),
  kind: z.enum(companyKinds, { error: 'invalidChoice' }),
  /** Derived from capital, employees and industry when they decide it; otherwise as entered. */
  size: z.enum(companySizes, { error: 'invalidChoice' }).default('sme'),
  /** 資本金 in yen; null when unknown. */
  capitalYen: yenSchema.nullable().default(null),
  /** 常時使用する従業員数; null when unknown. */
  employees: z
    .number({ error: 'number' })
    .int({ error: 'number' })
    .min(0, { error: 'number' })
    .nullable()
    .default(null),
  /** The industry group of the 中小企業基本法 definition. */
  smeIndustry: z.enum(smeIndustries, { error: 'invalidChoice' }).default('manufacturingOther'),
  /** A manual size decision with its reason, overriding the rule. */
  sizeOverride: z
    .object({ size: z.enum(companySizes, { error: 'invalidChoice' }), reason: requiredText(500) })
    .nullable()
    .default(null),
  corporateNumber: corporateNumberSchema.default(''),
  postalCode: postalCodeSchema.default(''),
  /** Local-government code of a Yamagata municipality, `outside`, or '' when unknown. */
  municipality: z
    .union([z.literal(''), z.enum(municipalityIds as [string, ...string[]])], { error: 'invalidChoice' })
    .default(''),
  /** Derived from municipality by the repository; '' when the municipality is unknown. */
  region: z.union([z.literal(''), z.enum(regionIds)], { error: 'invalidChoice' }).default(''),
  address: optionalText(300),
  phone: phoneSchema.default(''),
  url: urlSchema.default(''),
  fields: z.array(z.enum(researchFields, { error: 'invalidChoice' })).default([]),
  tags: keywordListSchema,
  notes: optionalText(10_000),
  contacts: z.array(contactSchema).default([]),
};

/** What a form submits for a company. */
export const companyInputSchema = z.object(companyFieldsShape);

/** A stored company. */
export const companySchema = z.object({ id: companyIdSchema, ...recordMetaShape, ...companyFieldsShape });

/** A company as stored and shown. */
export type Company = z.infer<typeof companySchema>;
/** A company as a form submits it (defaults optional). */
export type CompanyInput = z.input<typeof companyInputSchema>;
