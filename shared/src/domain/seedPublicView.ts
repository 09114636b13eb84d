import type { Seed, SeedVisibleField } from './seed.ts';
import { seedVisibleFields } from './seed.ts';

/**
 * What may be printed on a public handout: the always-public fields, plus each visible field only
 * when the sheet marks it public. An internal field is absent (not empty) so no template can print it.
 */
export type SeedPublicView = Pick<Seed, 'id' | 'title' | 'field' | 'stage'> & Partial<Pick<Seed, SeedVisibleField>>;

/** Returns only the fields of a seed sheet that are marked public. */
export function seedPublicView(seed: Seed): SeedPublicView {
  const visible = seedVisibleFields
    .filter((field) => seed.visibility[field] === 'public')
    .map((field) => {
      const value = seed[field];
      return [field, Array.isArray(value) ? value.slice() : value] as const;
    });
  return { id: seed.id, title: seed.title, field: seed.field, stage: seed.stage, ...Object.fromEntries(visible) };
}
