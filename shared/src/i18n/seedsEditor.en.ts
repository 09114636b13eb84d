import type { LocaleShape } from './localeShape.ts';
import type { seedsEditorJa } from './seedsEditor.ja.ts';

/** English text of the seed-sheet list and editor; keys mirror `seedsEditorJa`. */
export const seedsEditorEn: LocaleShape<typeof seedsEditorJa> = {
  list: {
    newSeed: 'New seed sheet',
    filters: 'Filters',
    text: 'Filter by words',
    textHelp: 'Theme, reading, keywords, institution, researcher (hiragana or katakana)',
    field: 'Field',
    stage: 'Stage',
    all: 'All',
    caption: 'Seed sheets',
    count_one: '{{count}} sheet',
    count_other: '{{count}} sheets',
    empty: 'No seed sheets yet.',
    noMatch: 'No seed sheets match these filters.',
    title: 'Title',
    institution: 'Institution',
    internalFields: 'Internal fields',
    noneInternal: 'None',
  },
  editor: {
    titleNew: 'New seed sheet',
    titleEdit: 'Edit seed sheet',
    notFound: 'This seed sheet was not found.',
    backToList: 'Back to seed sheets',
    sheet: 'Seed sheet',
    choose: 'Choose…',
    keywordsHelp: 'Separate with commas.',
    alwaysPublic: 'Always public',
    searchOnly: 'For search (not printed)',
    english: 'English version (printed on English handouts)',
    englishHelp:
      'An empty field is printed in Japanese on an English handout, marked “in Japanese only”. Each follows the visibility of its Japanese field.',
    publicToggle: 'Show {{field}} publicly',
    public: 'Public',
    internal: 'Internal',
    save: 'Save',
    saved: 'Saved.',
    invalid_one: 'Please check the form (1 problem).',
    invalid_other: 'Please check the form ({{count}} problems).',
    preview: 'Public version preview',
    previewHelp: 'Only the fields shown here are printed on handouts.',
    previewEmpty: '(empty)',
  },
};
