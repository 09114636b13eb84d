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
  refusals: {
    belowFloor: 'Eligible costs {{costs}} yen × {{rate}} = {{rounded}} yen — below the floor of {{floor}} yen',
    noCosts: 'No eligible costs are entered',
    outsideWindow: 'Submitted on {{submittedOn}}, outside the call window ({{callStart}} – {{callEnd}})',
    noKeioParticipation:
      'Keio IAB takes part neither as joint-research partner nor as liaison or cooperating institution',
    headOfficeOutside: 'The head office or main office is not in the prefecture',
    sizeUnknown: 'The company size cannot be decided (enter capital and employees, or decide it with a reason)',
    awardsFull: 'At most {{awards}} awards (already awarded: {{awarded}})',
    listSeparator: ', ',
  },
  grant: {
    computed: 'Eligible costs {{costs}} yen × {{rate}} = {{rounded}} yen ({{mode}} to {{unit}} yen)',
    capped: 'capped at {{cap}} yen',
    down: 'rounded down',
    halfUp: 'rounded half up',
  },
};
