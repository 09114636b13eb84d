import type { Seed, SeedVisibleField } from './seed.ts';
import { seedEnglishFields, seedVisibleFields } from './seed.ts';

/**
 * What may be printed on a public handout: the always-public fields, plus each visible field only
 * when the sheet marks it public, with its English version (the title's always). An internal field
 * is absent (not empty) so no template can print it.
 */
export type SeedPublicView = Pick<Seed, 'id' | 'title' | 'field' | 'stage'> &
  Partial<Pick<Seed, SeedVisibleField | 'titleEn' | 'summaryEn' | 'advantageEn' | 'applicationsEn'>>;

/** Returns only the fields of a seed sheet that are marked public. */
export function seedPublicView(seed: Seed): SeedPublicView {
  const visible = seedVisibleFields
    .filter((field) => seed.visibility[field] === 'public')
    .map((field) => {
      const value = seed[field];
      return [field, Array.isArray(value) ? value.slice() : value] as const;
    });
  // An English field goes with its Japanese field: the title always, a text when that text is public.
  const english = (['summary', 'advantage', 'applications'] as const)
    .filter((field) => seed.visibility[field] === 'public' && seed[seedEnglishFields[field]] !== undefined)
    .map((field) => [seedEnglishFields[field], seed[seedEnglishFields[field]]] as const);
  return {
    id: seed.id,
    title: seed.title,
    ...(seed.titleEn === undefined ? {} : { titleEn: seed.titleEn }),
    field: seed.field,
    stage: seed.stage,
    ...Object.fromEntries(visible),
    ...Object.fromEntries(english),
  };
}
