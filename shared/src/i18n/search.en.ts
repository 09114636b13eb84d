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
  more: 'More items match. Add a word to narrow the search, or show them all.',
  showAllLabel: 'Everything that matches',
  showAll: 'Show all {{kind}}',
  results: {
    title: 'Search results for “{{query}}”',
    allKinds: 'All kinds',
    kindCount_one: '{{kind}} ({{count}} item)',
    kindCount_other: '{{kind}} ({{count}} items)',
    truncated_one: 'Showing the first item only. Add a word to narrow the search.',
    truncated_other: 'Showing the first {{count}} items. Add a word to narrow the search.',
    empty: 'Nothing matches “{{query}}”.',
    noQuery: 'There is nothing to search for. Use the quick search (Ctrl+K).',
    preparing: 'Search is being prepared. Results appear as soon as it is ready.',
  },
  noResults: 'Nothing matches “{{query}}”.',
  indexing_one: 'Preparing search ({{indexed}} / {{total}} item). Searching what is ready so far.',
  indexing_other: 'Preparing search ({{indexed}} / {{total}} items). Searching what is ready so far.',
  ready_one: 'Searching {{documents}} item.',
  ready_other: 'Searching {{documents}} items.',
  failed: 'Search could not be prepared ({{message}}). Please restart the app.',
  hint: '↑↓ to choose, Enter to open, Esc to close',
};
