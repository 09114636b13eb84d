import type { Index } from 'flexsearch';

// Three things the search index does with a FlexSearch `Index`'s own postings (its `map` of term →
// score slots → document numbers, and its register `reg` of numbers), where FlexSearch's public
// calls cost a first build or a save far more than needed. Each checks that the index is one it
// knows (strict tokens, no context, no custom score, no register of postings, plain Map and Set)
// and otherwise goes through FlexSearch's own calls. The unit tests hold each to FlexSearch's own
// `add`, `export` and `import`.

type Internals = Readonly<{
  map: Map<string, unknown[]>;
  reg: Set<number>;
  resolution: number;
}>;

function internalsOf(index: Index): Internals | null {
  const fields = index as unknown as Partial<
    Internals & {
      tokenize: unknown;
      depth: unknown;
      score: unknown;
      rtl: unknown;
      fastupdate: unknown;
      compress: unknown;
      cache: unknown;
      db: unknown;
    }
  >;
  const { map, reg, resolution } = fields;
  const plain =
    map instanceof Map &&
    reg instanceof Set &&
    typeof resolution === 'number' &&
    fields.tokenize === 'strict' &&
    !fields.depth &&
    !fields.score &&
    !fields.rtl &&
    !fields.fastupdate &&
    !fields.compress &&
    !fields.cache &&
    !fields.db;
  return plain ? { map, reg, resolution } : null;
}

/**
 * Adds document `n` with the distinct terms `tokenize` gives for `text`, as FlexSearch's `add`
 * would: its `add` also fills a dictionary of the terms each document gave (a new one per
 * document) before every push, which took a third of a first build. Each number goes into the
 * slot FlexSearch's `get_score` chooses for strict tokens.
 */
export function addTerms(index: Index, n: number, text: string, tokenize: (text: string) => string[]): void {
  const internals = internalsOf(index);
  if (internals === null) {
    index.add(n, text);
    return;
  }
  const terms = tokenize(text);
  const count = terms.length;
  if (count === 0) return;
  const { map, reg, resolution } = internals;
  for (let i = 0; i < count; i++) {
    const term = terms[i] as string;
    const slot = i === 0 || resolution < 2 ? 0 : count <= resolution ? i : (((resolution - 1) / count) * i + 1) | 0;
    let slots = map.get(term);
    if (slots === undefined) map.set(term, (slots = []));
    // An index read back from JSON has null where a slot is empty.
    const numbers = slots[slot] as number[] | null | undefined;
    if (numbers === undefined || numbers === null) slots[slot] = [n];
    else numbers.push(n);
  }
  reg.add(n);
}

/**
 * Drops the spare capacity of an index's posting arrays (grown one push at a time, they carry about
 * a quarter more than they hold) by copying each: a copy is exactly as long as needed. Returns the
 * index to keep: the same one, or one read back through FlexSearch's export and import.
 */
export function compactPostings(index: Index, fresh: () => Index): Index {
  const internals = internalsOf(index);
  if (internals === null) {
    const copy = fresh();
    for (const [key, data] of postingPieces(index)) copy.import(key, data);
    return copy;
  }
  for (const [term, slots] of internals.map)
    internals.map.set(
      term,
      slots.map((numbers) => (Array.isArray(numbers) ? numbers.slice() : numbers)),
    );
  return index;
}

// Postings per piece written: a piece is one JSON string of two-byte text (Japanese terms), about
// 0.6 MB at this size.
const postingsPerPiece = 50_000;

const postingsIn = (slots: readonly unknown[]): number =>
  slots.reduce<number>((sum, slot) => sum + (Array.isArray(slot) ? slot.length : 0), 0);

/**
 * An index's postings as pieces FlexSearch's `import` reads ("1.reg", then "n.map" with entries
 * [term, slots]), made one at a time as they are asked for. FlexSearch's own export makes one piece
 * of a whole shard (its chunk size follows the number of documents): ~8 MB held beside the index
 * while it was written.
 */
export function* postingPieces(index: Index): Generator<readonly [key: string, data: string]> {
  const internals = internalsOf(index);
  if (internals === null) {
    // With a handler that returns nothing, FlexSearch exports synchronously.
    const pieces: (readonly [string, string])[] = [];
    index.export((key, data) => void pieces.push([key, data]));
    yield* pieces;
    return;
  }
  if (internals.reg.size === 0) return;
  yield ['1.reg', JSON.stringify([...internals.reg])];
  let entries: [string, unknown[]][] = [];
  let postings = 0;
  let piece = 0;
  for (const entry of internals.map) {
    entries.push(entry);
    postings += postingsIn(entry[1]);
    if (postings >= postingsPerPiece) {
      piece += 1;
      yield [`${piece}.map`, JSON.stringify(entries)];
      entries = [];
      postings = 0;
    }
  }
  if (entries.length > 0) yield [`${piece + 1}.map`, JSON.stringify(entries)];
}
