import type { SearchDocument } from './searchDocument.ts';

/** Documents to add or replace and ids to forget, after a change in the database. */
export type SearchChange = Readonly<{ put: readonly SearchDocument[]; remove: readonly string[] }>;

/**
 * A run of visits by primary key, `from` inclusive and `to` exclusive (null: open), with how many
 * records it holds: visits are the table that grows without bound, so a first build shares them
 * out among build helpers.
 */
export type VisitRange = Readonly<{ from: string | null; to: string | null; count: number }>;

/** What a scan reads: every table, only the visits, or every table but the visits; visits limited to a run. */
export type ScanScope = Readonly<{ tables: 'all' | 'visits' | 'others'; visits?: VisitRange }>;

/** A company's id and name (visits and needs are titled with it). */
export type CompanyName = readonly [id: string, name: string];

/** Where the search worker reads its documents from: the app database, or a list in tests. */
export type SearchSource = Readonly<{
  /** How many records a full scan will visit (for the progress shown while indexing). */
  count(): Promise<number>;
  /** Every live document, in batches; `visited` counts records read, deleted ones included. */
  scan(
    batchSize: number,
    scope?: ScanScope,
  ): AsyncIterable<Readonly<{ docs: readonly SearchDocument[]; visited: number }>>;
  /**
   * Splits the visits into runs, oldest first: `sizes` is given the number of visits and of the
   * other records, and returns how many visits each run should hold (the last takes what is left).
   */
  splitVisits?(sizes: (visits: number, others: number) => readonly number[]): Promise<readonly VisitRange[]>;
  /**
   * The name of every company, once this source has read them (a scan under way reads them first):
   * a build helper is given them instead of reading the companies again.
   */
  companyNames?(): Promise<readonly CompanyName[]>;
  /** Takes company names read elsewhere: a scan of visits then does not read the companies. */
  knowCompanyNames?(names: readonly CompanyName[]): void;
  /** Calls back after every committed change, whoever made it; returns the unsubscribe. */
  watch(onChange: (change: SearchChange) => void): () => void;
}>;
