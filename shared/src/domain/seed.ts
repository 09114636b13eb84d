import { z } from 'zod';
import { researchFields, researchStages, visibilities } from '../master/vocabularies.ts';
import { attachmentIdSchema, seedIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { keywordListSchema, optionalText, requiredText } from './validators/text.ts';

/**
 * Seed-sheet fields whose visibility the user chooses. Title, field and stage are always public:
 * a handout page without them would say nothing.
 */
export const seedVisibleFields = [
  'institution',
  'researcher',
  'summary',
  'advantage',
  'applications',
  'keywords',
  'ipStatus',
  'contact',
  'figureAttachmentId',
] as const;

/** One seed-sheet field with a visibility. */
export type SeedVisibleField = (typeof seedVisibleFields)[number];

const visibility = (fallback: 'public' | 'internal') =>
  z.enum(visibilities, { error: 'invalidChoice' }).default(fallback);

/**
 * Per-field visibility. New sheets hide who does the research and where it is heading
 * (institution, researcher, keywords, IP status), as the plan's public version does.
 */
export const seedVisibilitySchema = z
  .object({
    institution: visibility('internal'),
    researcher: visibility('internal'),
    summary: visibility('public'),
    advantage: visibility('public'),
    applications: visibility('public'),
    keywords: visibility('internal'),
    ipStatus: visibility('internal'),
    contact: visibility('public'),
    figureAttachmentId: visibility('public'),
  })
  .prefault({});

/** The fields a user edits on a seed sheet. */
export const seedFieldsShape = {
  title: requiredText(200),
  /** The title's reading (よみ) in kana, for search: しょうないがき finds 庄内柿. Sheets saved before it have none. */
  titleKana: optionalText(200).optional(),
  field: z.enum(researchFields, { error: 'invalidChoice' }),
  stage: z.enum(researchStages, { error: 'invalidChoice' }),
  institution: optionalText(200),
  researcher: optionalText(200),
  summary: optionalText(5000),
  /** Problem solved / advantage over existing technology. */
  advantage: optionalText(5000),
  applications: optionalText(5000),
  keywords: keywordListSchema,
  ipStatus: optionalText(500),
  contact: optionalText(500),
  figureAttachmentId: z.union([z.literal(''), attachmentIdSchema], { error: 'id' }).default(''),
  visibility: seedVisibilitySchema,
  // English versions for an English handout, optional (absent on older sheets). Each is public
  // exactly when its Japanese field is; an empty one prints the Japanese text, marked as such.
  titleEn: optionalText(200).optional(),
  summaryEn: optionalText(5000).optional(),
  advantageEn: optionalText(5000).optional(),
  applicationsEn: optionalText(5000).optional(),
};

/** The English field of each Japanese field that has one. */
export const seedEnglishFields = {
  title: 'titleEn',
  summary: 'summaryEn',
  advantage: 'advantageEn',
  applications: 'applicationsEn',
} as const;

/** What a form submits for a seed sheet. */
export const seedInputSchema = z.object(seedFieldsShape);
/** A stored seed sheet. */
export const seedSchema = z.object({ id: seedIdSchema, ...recordMetaShape, ...seedFieldsShape });
/** A seed sheet (研究シーズ). */
export type Seed = z.infer<typeof seedSchema>;
/** A seed sheet as a form submits it. */
export type SeedInput = z.input<typeof seedInputSchema>;
/** The per-field visibility of a seed sheet. */
export type SeedVisibility = z.infer<typeof seedVisibilitySchema>;
