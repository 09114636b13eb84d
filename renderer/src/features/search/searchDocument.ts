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
  /** Where Enter goes, a hash route such as `#/companies/<id>`. */
  route: string;
}>;

/** One result: what the list shows and where it leads. */
export type SearchHit = Readonly<{
  kind: SearchKind;
  id: string;
  title: string;
  subtitle?: string;
  date?: string;
  route: string;
}>;

/** Results of one query, grouped by kind in `searchKinds` order; empty groups are left out. */
export type SearchGroup = Readonly<{ kind: SearchKind; hits: readonly SearchHit[]; more: boolean }>;

/** A hit as the index knows it: enough to rank it; the rest of what is shown is read from the database. */
export type IndexHit = Readonly<{ kind: SearchKind; id: string; title: string }>;

/** The index's answer for one kind, best first. */
export type IndexGroup = Readonly<{ kind: SearchKind; hits: readonly IndexHit[]; more: boolean }>;

/** What the result list shows of a document. */
export function hitOf(doc: SearchDocument): SearchHit {
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    route: doc.route,
    ...(doc.subtitle === undefined ? {} : { subtitle: doc.subtitle }),
    ...(doc.date === undefined ? {} : { date: doc.date }),
  };
}
