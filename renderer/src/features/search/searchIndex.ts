import { Index } from 'flexsearch';
import { normalizeForSearch } from '#shared/text/normalize';
import { bigramTokens, planQuery, unigramTokens } from '#shared/text/tokenize';
import { searchKinds, type SearchDocument, type SearchGroup, type SearchHit, type SearchKind } from './searchDocument.ts';

// One FlexSearch index pair per kind, so that 100,000 visits never crowd the 10,000 companies out
// of a result list: each group gets its own top hits. The encoder is our normalisation + bigrams
// (FlexSearch's own charsets know nothing of kana); titles also get a unigram index for
// one-character queries.
//
// A document put again unchanged (a table re-read after a bulk write) costs nothing: a fingerprint
// of what is indexed and shown decides. Edits never remove postings. FlexSearch removes an id either by scanning every term (~12 ms per
// id over 110,000 documents) or, with `fastupdate`, through a register that made the index 2.5×
// larger (73 MB instead of 29 MB). Instead each version of a document gets a fresh numeric entry
// id; an edit or a deletion only forgets the old entry, whose postings become stale and are
// filtered out of results. `staleEntries()` tells the owner when a rebuild is worth it.

type KindIndex = Readonly<{ text: Index; title: Index | null }>;

// One-character queries look at titles of these kinds only: a single character over 100,000 visit
// titles (company names) would cost 1.2 million postings and list visits nobody is looking for.
const unigramKinds: ReadonlySet<SearchKind> = new Set(['company', 'contact', 'need', 'seed']);

function createKindIndex(kind: SearchKind): KindIndex {
  return {
    text: new Index({ tokenize: 'strict', encode: bigramTokens, resolution: 9 }),
    title: unigramKinds.has(kind) ? new Index({ tokenize: 'strict', encode: unigramTokens, resolution: 9 }) : null,
  };
}

/** How many hits of each kind a query returns by default. */
export const defaultHitsPerKind = 5;

// Candidates fetched per kind before re-ranking, so that exact and prefix title matches surface.
const candidatesPerKind = 40;

// The subtitle is only shown: it repeats what other documents hold (a visit's date, a contact's
// company), and indexing it would cost postings without finding anything new.
function searchableText(doc: SearchDocument): string {
  return [doc.title, ...doc.text].join(' ');
}

// FNV-1a over everything the index holds of a document: equal fingerprints, nothing to redo.
function fingerprint(doc: SearchDocument): number {
  const text = [doc.kind, doc.title, doc.subtitle ?? '', doc.date ?? '', doc.route, ...doc.text].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function toHit(doc: SearchDocument): SearchHit {
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    route: doc.route,
    ...(doc.subtitle === undefined ? {} : { subtitle: doc.subtitle }),
    ...(doc.date === undefined ? {} : { date: doc.date }),
  };
}

// 0: the title is the query; 1: starts with it; 2: contains it; 3: only the bigrams match
// (they can match apart, or in other fields). Lower ranks first; FlexSearch's order breaks ties.
function titleRank(hit: SearchHit, normalizedQuery: string): number {
  const title = normalizeForSearch(hit.title);
  if (title === normalizedQuery) return 0;
  if (title.startsWith(normalizedQuery)) return 1;
  return title.includes(normalizedQuery) ? 2 : 3;
}

/** A search index over all kinds; runs in a worker in the app and in Node in tests. */
export type SearchIndex = Readonly<{
  /** Adds a document, or replaces the document of the same id. */
  put(doc: SearchDocument): void;
  /** Forgets a document (a no-op for an unknown id). */
  remove(id: string): void;
  /** Whether a document id is indexed. */
  has(id: string): boolean;
  /** Every indexed document id (for reconciling with the database). */
  documentIds(): string[];
  /** Number of documents indexed. */
  size(): number;
  /** Entries left behind by edits and deletions; a rebuild drops them. */
  staleEntries(): number;
  /** Finds documents; every group holds at most `perKind` hits. */
  search(query: string, perKind?: number): readonly SearchGroup[];
  /** Everything needed to restore this index without indexing again. */
  snapshot(): IndexSnapshot;
}>;

/** Bump when normalisation, tokens or what documents hold change: older snapshots are then rebuilt. */
export const snapshotFormat = 1;

/** A saved index: FlexSearch's own export of each kind's indexes, and our entry table. */
export type IndexSnapshot = Readonly<{
  format: number;
  nextEntry: number;
  stale: number;
  /** JSON of [entry, fingerprint, hit] triples (one string stores and loads far faster than 150,000 arrays). */
  entries: string;
  chunks: readonly (readonly [kind: SearchKind, part: 'text' | 'title', key: string, data: string])[];
}>;

/** Creates an index, empty or restored from a snapshot of the current format. */
export function createSearchIndex(from?: IndexSnapshot): SearchIndex {
  const indexes = new Map<SearchKind, KindIndex>(searchKinds.map((kind) => [kind, createKindIndex(kind)]));
  const entries = new Map<number, SearchHit>();
  const entryOfId = new Map<string, { entry: number; fingerprint: number }>();
  let nextEntry = 1;
  let stale = 0;
  if (from !== undefined) {
    if (from.format !== snapshotFormat) throw new Error(`search snapshot format ${from.format} is not ${snapshotFormat}`);
    for (const [kind, part, key, data] of from.chunks) {
      const target = indexes.get(kind)?.[part];
      target?.import(key, data);
    }
    for (const [entry, print, hit] of JSON.parse(from.entries) as [number, number, SearchHit][]) {
      entries.set(entry, hit);
      entryOfId.set(hit.id, { entry, fingerprint: print });
    }
    nextEntry = from.nextEntry;
    stale = from.stale;
  }

  const kindIndex = (kind: SearchKind): KindIndex => {
    const found = indexes.get(kind);
    if (found === undefined) throw new Error(`Unknown search kind: ${kind}`);
    return found;
  };

  const remove = (id: string): void => {
    const entry = entryOfId.get(id)?.entry;
    if (entry === undefined) return;
    entries.delete(entry);
    entryOfId.delete(id);
    stale++;
  };

  const rank = (ids: readonly unknown[], normalizedQuery: string): SearchHit[] =>
    ids
      .map((entry) => entries.get(Number(entry)))
      .filter((hit): hit is SearchHit => hit !== undefined)
      .map((hit, order) => ({ hit, order, rank: titleRank(hit, normalizedQuery) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ hit }) => hit);

  return {
    put(doc) {
      const print = fingerprint(doc);
      if (entryOfId.get(doc.id)?.fingerprint === print) return;
      remove(doc.id);
      const entry = nextEntry++;
      const { text, title } = kindIndex(doc.kind);
      text.add(entry, searchableText(doc));
      title?.add(entry, doc.title);
      entries.set(entry, toHit(doc));
      entryOfId.set(doc.id, { entry, fingerprint: print });
    },
    remove,
    has: (id) => entryOfId.has(id),
    documentIds: () => [...entryOfId.keys()],
    size: () => entries.size,
    staleEntries: () => stale,
    search(query, perKind = defaultHitsPerKind) {
      const plan = planQuery(query);
      if (plan.mode === 'empty') return [];
      const groups: SearchGroup[] = [];
      for (const kind of searchKinds) {
        const { text, title } = kindIndex(kind);
        // Our tokens are already normalised bigrams or characters: joined by spaces they pass the
        // encoder unchanged, so FlexSearch intersects exactly the terms planned here. Stale
        // entries are fetched too, so ask for more when the index has many.
        const target = plan.mode === 'unigram' ? title : text;
        if (target === null) continue;
        const limit = candidatesPerKind + Math.min(stale, candidatesPerKind * 4);
        const ranked = rank(target.search(plan.terms.join(' '), { limit }), plan.normalized);
        if (ranked.length === 0) continue;
        groups.push({ kind, hits: ranked.slice(0, perKind), more: ranked.length > perKind });
      }
      return groups;
    },
    snapshot() {
      const chunks: [SearchKind, 'text' | 'title', string, string][] = [];
      for (const [kind, { text, title }] of indexes) {
        // With a handler that returns nothing, FlexSearch exports synchronously.
        text.export((key, data) => void chunks.push([kind, 'text', key, data]));
        title?.export((key, data) => void chunks.push([kind, 'title', key, data]));
      }
      const table = [...entryOfId.values()].map(({ entry, fingerprint: print }) => [entry, print, entries.get(entry)]);
      return { format: snapshotFormat, nextEntry, stale, entries: JSON.stringify(table), chunks };
    },
  };
}
