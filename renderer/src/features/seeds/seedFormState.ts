import type { Seed, SeedInput, SeedVisibleField } from '#shared/domain/seed';
import { seedVisibleFields } from '#shared/domain/seed';
import type { SeedId } from '#shared/domain/ids';

/** The seed editor's values as typed; keywords are one line separated by 、 or commas. */
export type SeedFormState = {
  title: string;
  titleKana: string;
  field: string;
  stage: string;
  institution: string;
  researcher: string;
  summary: string;
  advantage: string;
  applications: string;
  keywords: string;
  ipStatus: string;
  contact: string;
  figureAttachmentId: string;
  titleEn: string;
  summaryEn: string;
  advantageEn: string;
  applicationsEn: string;
  /** true = public. */
  visibility: Record<SeedVisibleField, boolean>;
};

/** The editor's values for a new sheet: empty, with the schema's default visibility. */
export function emptySeedForm(): SeedFormState {
  return {
    title: '',
    titleKana: '',
    field: '',
    stage: '',
    institution: '',
    researcher: '',
    summary: '',
    advantage: '',
    applications: '',
    keywords: '',
    ipStatus: '',
    contact: '',
    figureAttachmentId: '',
    titleEn: '',
    summaryEn: '',
    advantageEn: '',
    applicationsEn: '',
    visibility: {
      institution: false,
      researcher: false,
      summary: true,
      advantage: true,
      applications: true,
      keywords: false,
      ipStatus: false,
      contact: true,
      figureAttachmentId: true,
    },
  };
}

/** The editor's values of a stored sheet. */
export function toSeedForm(seed: Seed): SeedFormState {
  const visibility = Object.fromEntries(
    seedVisibleFields.map((field) => [field, seed.visibility[field] === 'public']),
  ) as Record<SeedVisibleField, boolean>;
  return {
    title: seed.title,
    titleKana: seed.titleKana ?? '',
    field: seed.field,
    stage: seed.stage,
    institution: seed.institution,
    researcher: seed.researcher,
    summary: seed.summary,
    advantage: seed.advantage,
    applications: seed.applications,
    keywords: seed.keywords.join('、'),
    ipStatus: seed.ipStatus,
    contact: seed.contact,
    figureAttachmentId: seed.figureAttachmentId,
    titleEn: seed.titleEn ?? '',
    summaryEn: seed.summaryEn ?? '',
    advantageEn: seed.advantageEn ?? '',
    applicationsEn: seed.applicationsEn ?? '',
    visibility,
  };
}

/** Splits a keyword line on 、, ， and commas. */
export function splitKeywords(line: string): string[] {
  return line
    .split(/[、，,]/u)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
}

/** What the editor submits to the seed repository (the schema checks it). */
export function toSeedInput(form: SeedFormState): SeedInput {
  const visibility = Object.fromEntries(
    seedVisibleFields.map((field) => [field, form.visibility[field] ? 'public' : 'internal']),
  ) as Record<SeedVisibleField, 'public' | 'internal'>;
  return {
    ...form,
    // Unchosen selects reach the schema as '' and are refused there, with a message naming the field.
    field: form.field as SeedInput['field'],
    stage: form.stage as SeedInput['stage'],
    keywords: splitKeywords(form.keywords),
    visibility,
  };
}

/**
 * The sheet as the preview sees it: `seedPublicView` reads only field values and visibility, so a
 * sheet being edited (no id or record fields yet, maybe not valid) can be previewed the same way.
 */
export function previewSeed(form: SeedFormState, id: string): Seed {
  const input = toSeedInput(form);
  return {
    ...input,
    id: id as SeedId,
    createdAt: '',
    updatedAt: '',
    createdBy: '',
    deleted: false,
    keywords: input.keywords ?? [],
  } as Seed;
}
