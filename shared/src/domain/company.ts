import { z } from 'zod';
import { municipalityIds } from '../master/municipalities.ts';
import { regionIds } from '../master/regions.ts';
import { companyKinds, companySizes, researchFields } from '../master/vocabularies.ts';
import { companyIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { emailSchema, phoneSchema, urlSchema } from './validators/contact.ts';
import { corporateNumberSchema } from './validators/corporateNumber.ts';
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
  size: z.enum(companySizes, { error: 'invalidChoice' }).default('sme'),
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
