import type { LocaleShape } from './localeShape.ts';
import type { searchJa } from './search.ja.ts';

/** English text of the quick search; keys mirror `searchJa`. */
export const searchEn: LocaleShape<typeof searchJa> = {
  open: 'Search',
  shortcut: 'Ctrl+K',
  dialogLabel: 'Quick search',
  inputLabel: 'Search companies, contacts, visits, needs and seeds',
  placeholder: 'Name, reading, keyword or a word from the notes (hiragana or katakana)',
  resultsLabel: 'Search results',
  kinds: {
    company: 'Companies',
    contact: 'Contacts',
    visit: 'Visits',
    need: 'Needs',
    seed: 'Seeds',
  },
  more: 'More items match. Add a word to narrow the search.',
  noResults: 'Nothing matches “{{query}}”.',
  indexing_one: 'Preparing search ({{indexed}} / {{total}} item). Searching what is ready so far.',
  indexing_other: 'Preparing search ({{indexed}} / {{total}} items). Searching what is ready so far.',
  ready_one: 'Searching {{documents}} item.',
  ready_other: 'Searching {{documents}} items.',
  failed: 'Search could not be prepared ({{message}}). Please restart the app.',
  hint: '↑↓ to choose, Enter to open, Esc to close',
};
