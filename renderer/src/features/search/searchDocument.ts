// What the quick search knows about a record: enough to find it and to show and open it.
// Mapping the database's records to these documents is the only place that knows both sides.

/** The kinds of records the quick search finds, in the order their groups are shown. */
export const searchKinds = ['company', 'contact', 'visit', 'need', 'seed'] as const;

/** One kind of searchable record. */
export type SearchKind = (typeof searchKinds)[number];

/** A searchable record: the title is shown and matched, the subtitle only shown, `text` only matched. */
export type SearchDocument = Readonly<{
  kind: SearchKind;
  /** Unique across kinds (ULIDs; a contact is `<companyId>/contacts/<n>`). */
  id: string;
  title: string;
  subtitle?: string;
  /** A day to show beside the title (ISO "YYYY-MM-DD"), formatted by the UI in the user's calendar. */
  date?: string;
  /** Further text to match (kana reading, municipality, keywords…), not shown. */
  text: readonly string[];
}>;

/** One result: what the list shows and where it leads. */
export type SearchHit = Readonly<{
  kind: SearchKind;
  id: string;
  title: string;
  subtitle?: string;
  date?: string;
  /** Where Enter goes, a hash route such as `#/companies/<id>` (see `routeOf`). */
  route: string;
}>;

/** Results of one query, grouped by kind in `searchKinds` order; empty groups are left out. */
export type SearchGroup = Readonly<{ kind: SearchKind; hits: readonly SearchHit[]; more: boolean }>;

/** Where a hit leads: its record's page (a contact opens its company: `<companyId>/contacts/<n>`). */
export function routeOf(kind: SearchKind, id: string): string {
  switch (kind) {
    case 'company':
      return `#/companies/${id}`;
    case 'contact':
      return `#/companies/${id.split('/')[0] ?? id}`;
    case 'visit':
      return `#/visits/${id}`;
    case 'need':
      return `#/needs/${id}`;
    case 'seed':
      return `#/seeds/${id}`;
  }
}
