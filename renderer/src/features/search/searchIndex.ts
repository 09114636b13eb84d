import { Index } from 'flexsearch';
import { toHiragana } from 'wanakana';
import { addTerms, compactPostings, postingPieces } from './flexPostings.ts';
import { normalizeForSearch } from '#shared/text/normalize';
import { bigramTokens, planQuery, unigramTokens, type QueryPlan } from '#shared/text/tokenize';
import {
  routeOf,
  searchKinds,
  type SearchDocument,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
} from './searchDocument.ts';

// FlexSearch indexes per kind, so that 100,000 visits never crowd the 10,000 companies out of a
// result list: each group gets its own top hits. The encoder is our normalisation + bigrams
// (FlexSearch's own charsets know nothing of kana); titles also get a unigram index for
// one-character queries.
//
// Each kind's text index is split into shards of `shardSize` documents, in the order documents
// first arrived (database order: ULIDs, so oldest first). Two measured reasons:
// - removal: FlexSearch without `fastupdate` removes an id by scanning every posting of the index
//   (~30 ms per id over 100,000 visits with their summaries); `fastupdate` keeps a register as large
//   as the postings. A shard is scanned in ~1–3 ms, so edits and deletions really leave the index;
// - queries: a common bigram pair (鮮度 保持) occurs in tens of thousands of summaries and
//   FlexSearch's intersection walks the whole lists (13–40 ms). Shards are asked newest first and
//   the walk stops once enough candidates are found.
//
// The index keeps of each document what ranking and the result list need, in plain arrays by
// document number: id, title, subtitle, date (as a number) and a fingerprint; the route follows from
// kind and id. Reading the shown hits from the database instead cost 10–15 ms per keystroke in the
// worker (measured), more than the query. FlexSearch ids are these small numbers, never the ULIDs.

/** Documents per shard of a kind's text index. */
export const shardSize = 8_192;

/** How many hits of each kind a query returns by default. */
export const defaultHitsPerKind = 5;

// Candidates fetched per kind before re-ranking, so that exact and prefix title matches surface.
const candidatesPerKind = 40;

// One-character queries look at titles of these kinds only: a single character over 100,000 visit
// titles (company names) would cost 1.2 million postings and list visits nobody is looking for.
const unigramKinds: ReadonlySet<SearchKind> = new Set(['company', 'contact', 'need', 'seed']);

// Position scoring in three slots: postings of the first words (the title comes first) are found
// first. Each slot is an array per term and shard, so fewer slots cost less memory.
const resolution = 3;

const textIndex = (): Index => new Index({ tokenize: 'strict', encode: bigramTokens, resolution });
const titleIndex = (): Index => new Index({ tokenize: 'strict', encode: unigramTokens, resolution });

// What the index keeps of a kind: numbers are FlexSearch ids; an empty id marks a freed number.
type KindState = {
  readonly kind: SearchKind;
  readonly shards: Index[];
  title: Index | null;
  readonly ids: string[];
  readonly titles: string[];
  readonly subtitles: string[];
  readonly dates: number[];
  readonly prints: number[];
};

function createKind(kind: SearchKind): KindState {
  const title = unigramKinds.has(kind) ? titleIndex() : null;
  return { kind, shards: [], title, ids: [], titles: [], subtitles: [], dates: [], prints: [] };
}

// Numbers below `n` that hold no document get an empty entry: V8 turns an array written far past
// its end into a slow dictionary, and reserved ranges are whole shards long.
function fillTo(state: KindState, n: number): void {
  while (state.ids.length < n) {
    state.ids.push('');
    state.titles.push('');
    state.subtitles.push('');
    state.dates.push(0);
    state.prints.push(0);
  }
}

// "2026-06-01" ⇄ 20260601: a small integer per visit instead of a string.
const packDate = (date: string | undefined): number => (date === undefined ? 0 : Number(date.replaceAll('-', '')) || 0);
const unpackDate = (packed: number): string =>
  `${String(Math.floor(packed / 10000)).padStart(4, '0')}-${String(Math.floor(packed / 100) % 100).padStart(2, '0')}-${String(packed % 100).padStart(2, '0')}`;

// A subtitle cut from a long text (a visit's summary excerpt) would keep the whole text alive in V8
// (a slice refers to its parent string): keep a copy of just the excerpt.
const detached = (text: string): string => (text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string));

// The text a document is matched by: its title first (best position score), then the rest.
function searchableText(doc: SearchDocument): string {
  return [doc.title, ...doc.text].join(' ');
}

// FNV-1a over everything the index and the shown hit derive from, kept to 30 bits (a small integer
// for V8, stored unboxed): equal fingerprints, nothing to redo.
function fingerprint(doc: SearchDocument): number {
  const text = [doc.kind, doc.title, doc.subtitle ?? '', doc.date ?? '', ...doc.text].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

// 0: the title is the query; 1: starts with it; 2: contains it; 3: only the bigrams match
// (they can match apart, or in other fields). Lower ranks first; FlexSearch's order breaks ties.
function titleRank(title: string, normalizedQuery: string): number {
  const normalized = normalizeForSearch(title);
  if (normalized === normalizedQuery) return 0;
  if (normalized.startsWith(normalizedQuery)) return 1;
  return normalized.includes(normalizedQuery) ? 2 : 3;
}

// A query of Latin letters only may be romaji typed with the IME off (yamagata, sakuranbo): it is
// also asked as the hiragana it spells (wanakana), when every letter converts. Both plans' hits count.
const latinWords = /^[a-z]+(?: [a-z]+)*$/iu;
function queryPlans(query: string): QueryPlan[] {
  const plan = planQuery(query);
  const trimmed = query.trim();
  if (!latinWords.test(trimmed)) return [plan];
  const kana = toHiragana(trimmed.toLowerCase());
  return /[a-z]/u.test(kana) ? [plan] : [plan, planQuery(kana)];
}

/** What a saved index holds besides FlexSearch's own exports: how far each kind has numbered. */
export type SnapshotHeader = Readonly<{ format: number; kinds: readonly (readonly [SearchKind, number])[] }>;

/** One piece of a saved index; pieces are written and read one at a time to keep memory flat. */
export type SnapshotPart = Readonly<{ kind: SearchKind; part: string; key: string; data: string }>;

/** Bump when normalisation, tokens or what documents hold change: older snapshots are then rebuilt. */
export const snapshotFormat = 3;

// Rows of the entry table per snapshot part.
const tableChunk = 2500;
type TableRow = [n: number, id: string, title: string, print: number, subtitle: string, date: number];

/** Numbers of documents from `start` (inclusive) to `end` (exclusive). */
export type NumberRange = Readonly<{ start: number; end: number }>;

/** A search index over all kinds; runs in a worker in the app and in Node in tests. */
export type SearchIndex = Readonly<{
  /** Adds a document, or replaces the document of the same id; false when it was indexed unchanged. */
  put(doc: SearchDocument): boolean;
  /** Removes a document from the index; false for an id that was not indexed. */
  remove(id: string): boolean;
  /** Whether a document id is indexed. */
  has(id: string): boolean;
  /** Every indexed document id (for reconciling with the database). */
  documentIds(): string[];
  /** Number of documents indexed. */
  size(): number;
  /** Finds documents; every group holds at most `perKind` hits, best first. */
  search(query: string, perKind?: number): readonly SearchGroup[];
  /**
   * Writes the index piece by piece (each piece awaited before the next is made); returns the
   * header. A kind's shards come before its table, so that `absorb` can take the pieces in order.
   */
  save(write: (part: SnapshotPart) => Promise<void>): Promise<SnapshotHeader>;
  /** How many of a kind's shards are full (every number in them used): they change only by edits. */
  fullShards(kind: SearchKind): number;
  /**
   * Pieces as `save` makes them, of a kind's shards `from` (inclusive) to `to` (exclusive), and
   * when `to` is Infinity its table after them: a build helper sends each shard once it is full.
   */
  helperParts(kind: SearchKind, from: number, to: number): Iterable<SnapshotPart>;
  /**
   * Keeps the numbers below `end` of a kind free for pieces of another index (`absorb`): this
   * index numbers its next documents of the kind from `end` on. `end` is a multiple of the shard size.
   */
  reserve(kind: SearchKind, end: number): void;
  /**
   * Takes one piece saved by an index built elsewhere (a build helper) whose documents of the kind
   * were numbered inside a range reserved here. Shards must come before the table; a document for
   * which `skip` is true (changed here since the helper read it) or that is already indexed is left
   * out. `within` narrows the numbers the piece may use (one helper's share of the reservation).
   * A piece that does not fit throws and changes nothing. Returns the ids taken.
   */
  absorb(part: SnapshotPart, skip: (id: string) => boolean, within?: NumberRange): string[];
  /**
   * Drops the spare capacity of what a build grew and left unfilled (each kind's last shard and
   * the title indexes; full shards drop theirs as they fill up) and what absorbing kept. Called
   * once a build is done.
   */
  settle(): void;
}>;

/** Creates an empty index. */
export function createSearchIndex(options: IndexOptions = {}): SearchIndex {
  return makeIndex(new Map(searchKinds.map((kind) => [kind, createKind(kind)])), options.compactShards ?? true);
}

/** How an index is made. */
export type IndexOptions = Readonly<{
  /**
   * Whether a shard that fills up has its arrays copied to drop their spare capacity (true). A
   * build helper's index is written out and read back by the search worker anyway.
   */
  compactShards?: boolean;
}>;

/** Restores an index saved by `save`; throws on another format (the caller then builds anew). */
export async function restoreSearchIndex(
  header: SnapshotHeader,
  parts: AsyncIterable<SnapshotPart>,
): Promise<SearchIndex> {
  if (header.format !== snapshotFormat)
    throw new Error(`search snapshot format ${header.format} is not ${snapshotFormat}`);
  const kinds = new Map(searchKinds.map((kind) => [kind, createKind(kind)]));
  for (const [kind, count] of header.kinds) {
    const state = kinds.get(kind);
    if (state === undefined) continue;
    for (let s = 0; s * shardSize < count; s++) state.shards.push(textIndex());
  }
  // Visits repeat their company's name as title: one string per distinct title, not per visit.
  const interned = new Map<string, string>();
  for await (const { kind, part, key, data } of parts) {
    const state = kinds.get(kind);
    if (state === undefined) throw new Error(`search snapshot of an unknown kind: ${kind}`);
    if (part === 'table') {
      for (const [n, id, title, print, subtitle, date] of JSON.parse(data) as TableRow[]) {
        fillTo(state, n);
        const shared = interned.get(title) ?? title;
        interned.set(shared, shared);
        state.ids[n] = id;
        state.titles[n] = shared;
        state.subtitles[n] = subtitle;
        state.dates[n] = date;
        state.prints[n] = print;
      }
    } else if (part === 'title') {
      state.title?.import(key, data);
    } else {
      const shard = state.shards[Number(part)];
      if (shard === undefined) throw new Error(`search snapshot names a missing shard ${kind}/${part}`);
      shard.import(key, data);
    }
  }
  return makeIndex(kinds, true);
}

function makeIndex(kinds: ReadonlyMap<SearchKind, KindState>, compactShards: boolean): SearchIndex {
  // Document id → kind number × 2^24 + document number (one small integer per document).
  const slots = new Map<string, number>();
  const kindList = [...kinds.values()];
  kindList.forEach((state, k) =>
    state.ids.forEach((id, n) => {
      if (id !== '') slots.set(id, k * 2 ** 24 + n);
    }),
  );
  const slotOf = (id: string): { state: KindState; n: number } | undefined => {
    const slot = slots.get(id);
    if (slot === undefined) return undefined;
    const state = kindList[Math.floor(slot / 2 ** 24)];
    return state === undefined ? undefined : { state, n: slot % 2 ** 24 };
  };
  // Per kind, the end of the numbers reserved for absorbed pieces (0: none).
  const reserved = new Map<SearchKind, number>();
  // Company names by themselves, while pieces are absorbed: an absorbed visit is titled with the
  // company's own string, as in a build here (made at the first table piece, dropped by `settle`).
  let companyTitles: Map<string, string> | null = null;

  const shardOf = (state: KindState, n: number): Index => {
    const s = Math.floor(n / shardSize);
    while (state.shards.length <= s) state.shards.push(textIndex());
    return state.shards[s] as Index;
  };

  // A shard that has just filled up drops its arrays' spare capacity (~10 MB over 100,000 visits).
  // A full shard only changes by edits afterwards.
  const compact = (state: KindState, s: number): void => {
    const shard = state.shards[s];
    if (shard !== undefined) state.shards[s] = compactPostings(shard, textIndex);
  };

  const unindex = (state: KindState, n: number): void => {
    shardOf(state, n).remove(n);
    state.title?.remove(n);
  };

  const remove = (id: string): boolean => {
    const found = slotOf(id);
    if (found === undefined) return false;
    unindex(found.state, found.n);
    found.state.ids[found.n] = '';
    found.state.titles[found.n] = '';
    found.state.subtitles[found.n] = '';
    found.state.dates[found.n] = 0;
    found.state.prints[found.n] = 0;
    slots.delete(id);
    return true;
  };

  const put = (doc: SearchDocument): boolean => {
    const print = fingerprint(doc);
    let found = slotOf(doc.id);
    if (found !== undefined && found.state.kind !== doc.kind) {
      remove(doc.id);
      found = undefined;
    }
    if (found !== undefined && found.state.prints[found.n] === print) return false;
    const state = found?.state ?? kinds.get(doc.kind);
    if (state === undefined) throw new Error(`Unknown search kind: ${doc.kind}`);
    let n: number;
    if (found === undefined) {
      n = state.ids.length;
      slots.set(doc.id, kindList.indexOf(state) * 2 ** 24 + n);
    } else {
      n = found.n;
      unindex(state, n);
    }
    addTerms(shardOf(state, n), n, searchableText(doc), bigramTokens);
    if (state.title !== null) addTerms(state.title, n, doc.title, unigramTokens);
    if (compactShards && found === undefined && (n + 1) % shardSize === 0) compact(state, Math.floor(n / shardSize));
    state.ids[n] = doc.id;
    state.titles[n] = doc.title;
    state.subtitles[n] = detached(doc.subtitle ?? '');
    state.dates[n] = packDate(doc.date);
    state.prints[n] = print;
    return true;
  };

  const live = (state: KindState, numbers: readonly unknown[]): number[] =>
    numbers.map(Number).filter((n) => (state.ids[n] ?? '') !== '');

  const hitAt = (state: KindState, n: number): SearchHit => {
    const id = state.ids[n] ?? '';
    const subtitle = state.subtitles[n] ?? '';
    const date = state.dates[n] ?? 0;
    return {
      kind: state.kind,
      id,
      title: state.titles[n] ?? '',
      route: routeOf(state.kind, id),
      ...(subtitle === '' ? {} : { subtitle }),
      ...(date === 0 ? {} : { date: unpackDate(date) }),
    };
  };

  // Newest shard first; stops once `limit` candidates are found.
  const searchText = (state: KindState, terms: string, limit: number): number[] => {
    const found: number[] = [];
    for (let s = state.shards.length - 1; s >= 0 && found.length < limit; s--) {
      const shard = state.shards[s];
      if (shard !== undefined) found.push(...live(state, shard.search(terms, { limit: limit - found.length })));
    }
    return found;
  };

  // The pieces of a kind's shards `from` (inclusive) to `to` (exclusive), made one at a time.
  function* shardParts(state: KindState, from: number, to: number): Generator<SnapshotPart> {
    for (let s = from; s < to; s++) {
      const shard = state.shards[s];
      if (shard === undefined) continue;
      for (const [key, data] of postingPieces(shard)) yield { kind: state.kind, part: String(s), key, data };
    }
  }

  // A kind's document table, `tableChunk` numbers per piece.
  function* tableParts(state: KindState): Generator<SnapshotPart> {
    for (let start = 0; start < state.ids.length; start += tableChunk) {
      const rows: TableRow[] = [];
      for (let n = start; n < Math.min(start + tableChunk, state.ids.length); n++) {
        const id = state.ids[n] ?? '';
        if (id === '') continue;
        const [title, subtitle] = [state.titles[n] ?? '', state.subtitles[n] ?? ''];
        rows.push([n, id, title, state.prints[n] ?? 0, subtitle, state.dates[n] ?? 0]);
      }
      if (rows.length > 0) yield { kind: state.kind, part: 'table', key: String(start), data: JSON.stringify(rows) };
    }
  }

  return {
    put,
    remove,
    has: (id) => slots.has(id),
    documentIds: () => [...slots.keys()],
    size: () => slots.size,
    search(query, perKind = defaultHitsPerKind) {
      const plans = queryPlans(query).filter((plan) => plan.mode !== 'empty');
      if (plans.length === 0) return [];
      // A full list (more hits than the quick search shows) looks at as many candidates as it lists.
      const limit = Math.max(candidatesPerKind, perKind + 1);
      const groups: SearchGroup[] = [];
      for (const state of kindList) {
        const ranks = new Map<number, { n: number; order: number; rank: number }>();
        for (const plan of plans) {
          // Our tokens are already normalised bigrams or characters: joined by spaces they pass the
          // encoder unchanged, so FlexSearch intersects exactly the terms planned here.
          const terms = plan.terms.join(' ');
          let candidates: number[];
          if (plan.mode === 'unigram') {
            if (state.title === null) continue;
            candidates = live(state, state.title.search(terms, { limit }));
          } else {
            candidates = searchText(state, terms, limit);
          }
          for (const n of candidates) {
            const rank = titleRank(state.titles[n] ?? '', plan.normalized);
            const known = ranks.get(n);
            if (known === undefined) ranks.set(n, { n, order: ranks.size, rank });
            else known.rank = Math.min(known.rank, rank);
          }
        }
        if (ranks.size === 0) continue;
        const ranked = [...ranks.values()].sort((a, b) => a.rank - b.rank || a.order - b.order);
        const hits = ranked.slice(0, perKind).map(({ n }) => hitAt(state, n));
        groups.push({ kind: state.kind, hits, more: ranked.length > perKind });
      }
      return groups;
    },
    async save(write) {
      const counts: [SearchKind, number][] = [];
      for (const state of kindList) {
        counts.push([state.kind, state.ids.length]);
        for (const part of shardParts(state, 0, state.shards.length)) await write(part);
        if (state.title !== null)
          for (const [key, data] of postingPieces(state.title))
            await write({ kind: state.kind, part: 'title', key, data });
        for (const part of tableParts(state)) await write(part);
      }
      return { format: snapshotFormat, kinds: counts };
    },
    fullShards: (kind) => Math.floor((kinds.get(kind)?.ids.length ?? 0) / shardSize),
    *helperParts(kind, from, to) {
      const state = kinds.get(kind);
      if (state === undefined) return;
      yield* shardParts(state, from, Math.min(to, state.shards.length));
      if (to === Infinity) yield* tableParts(state);
    },
    settle() {
      companyTitles = null;
      for (const state of kindList) {
        const last = state.shards.length - 1;
        if (last >= 0 && state.ids.length % shardSize !== 0) compact(state, last);
        if (state.title !== null) state.title = compactPostings(state.title, titleIndex);
      }
    },
    reserve(kind, end) {
      const state = kinds.get(kind);
      if (state === undefined) throw new Error(`Unknown search kind: ${kind}`);
      if (state.title !== null) throw new Error(`search: the ${kind} kind cannot take pieces of another index`);
      if (end % shardSize !== 0 || state.ids.length > 0)
        throw new Error('search: reserve whole shards before indexing');
      fillTo(state, end);
      reserved.set(kind, end);
    },
    absorb({ kind, part, key, data }, skip, within) {
      const state = kinds.get(kind);
      const reservedEnd = reserved.get(kind) ?? 0;
      if (state === undefined || reservedEnd === 0)
        throw new Error(`search: no numbers reserved for pieces of ${kind}`);
      const start = within?.start ?? 0;
      const end = Math.min(reservedEnd, within?.end ?? reservedEnd);
      if (part === 'table') {
        const rows = JSON.parse(data) as TableRow[];
        const outside = rows.find(([n]) => !(n >= start && n < end));
        if (outside !== undefined)
          throw new Error(
            `search: an absorbed ${kind} is numbered ${outside[0]}, outside the reserved ${start}–${end}`,
          );
        const taken: string[] = [];
        const k = kindList.indexOf(state);
        companyTitles ??= new Map(
          (kinds.get('company')?.titles ?? []).filter((title) => title !== '').map((title) => [title, title]),
        );
        for (const [n, id, parsedTitle, print, subtitle, date] of rows) {
          const title = companyTitles.get(parsedTitle) ?? parsedTitle;
          if (skip(id) || slots.has(id)) {
            // Its postings came with the shard: take them out again.
            shardOf(state, n).remove(n);
            continue;
          }
          slots.set(id, k * 2 ** 24 + n);
          state.ids[n] = id;
          state.titles[n] = title;
          state.subtitles[n] = subtitle;
          state.dates[n] = date;
          state.prints[n] = print;
          taken.push(id);
        }
        return taken;
      }
      const s = Number(part);
      if (!Number.isInteger(s) || s * shardSize < start || (s + 1) * shardSize > end)
        throw new Error(`search: an absorbed piece names shard ${kind}/${part} outside the reserved numbers`);
      // The reserved shard holds nothing of this index: the piece is imported into it as it is.
      shardOf(state, s * shardSize).import(key, data);
      return [];
    },
  };
}
