import type { SearchDocument } from './searchDocument.ts';

/** Documents to add or replace and ids to forget, after a change in the database. */
export type SearchChange = Readonly<{ put: readonly SearchDocument[]; remove: readonly string[] }>;

/** Where the search worker reads its documents from: the app database, or a list in tests. */
export type SearchSource = Readonly<{
  /** How many records a full scan will visit (for the progress shown while indexing). */
  count(): Promise<number>;
  /** Every live document, in batches; `visited` counts records read, deleted ones included. */
  scan(batchSize: number): AsyncIterable<Readonly<{ docs: readonly SearchDocument[]; visited: number }>>;
  /** Calls back after every committed change, whoever made it; returns the unsubscribe. */
  watch(onChange: (change: SearchChange) => void): () => void;
}>;
