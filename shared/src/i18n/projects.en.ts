import type { LocaleShape } from './localeShape.ts';
import type { projectsJa } from './projects.ja.ts';

/** English text of the support-programme, project and application screens; keys mirror `projectsJa`. */
export const projectsEn: LocaleShape<typeof projectsJa> = {
  programmes: {
    title: 'Support programmes',
    intro:
      'The terms of the Biotechnology Industrialisation Support programme per fiscal year. The terms entered here print on the handout’s programme page for that year.',
    empty: 'No support programme has been entered yet.',
    new: 'Add a year’s terms',
    createTitle: 'Add programme terms',
    editTitle: 'Edit programme terms',
    fiscalYear: 'FY{{year}}',
    rateHelp: 'Enter a fraction such as 2/3.',
    yenHelp: 'Whole yen (full-width digits and commas are accepted).',
    costCategoriesHelp: 'One category per line.',
    roundingDown: 'rounded down',
    roundingHalfUp: 'rounded half up',
    roundingUnit: 'Rounding unit (yen)',
    roundingValue: '{{mode}} to {{unit}} yen',
    summary: '{{awards}} awards · {{min}}–{{max}} · SMEs {{sme}} / large firms {{large}}',
  },
};
