import type { SearchGroup } from './searchDocument.ts';
import type { SnapshotPart } from './searchIndex.ts';
import type { CompanyName, VisitRange } from './searchSource.ts';

// Messages between the page and the search worker. Structured clone carries them; keep them plain.

/** How far the index is: building (searchable already, partially), ready, or failed. */
export type IndexStatus = Readonly<{
  state: 'building' | 'ready' | 'failed';
  /** Documents indexed so far. */
  indexed: number;
  /** Records to index at start (known once counted). */
  total: number;
  /** Time from worker start to a full index, once ready. */
  buildMs?: number;
  /** Of `buildMs`, the time spent waiting for records from the database. */
  readMs?: number;
  /** Of the documents, how many build helpers indexed (a first build of many visits). */
  helped?: number;
  /** Of `buildMs`, the time this worker waited for its build helpers after its own share. */
  helperWaitMs?: number;
  /** How long the build helpers had finished before this worker finished its own share. */
  helpersIdleMs?: number;
  /** What went wrong, when failed. */
  error?: string;
}>;

/** What the page asks the worker. */
export type WorkerRequest =
  | Readonly<{
      type: 'search';
      seq: number;
      query: string;
      perKind: number;
      /** When the page posted it (ms since the epoch, `performance.timeOrigin + now()`), for profiling. */
      sentAt: number;
      /** The page waits for this answer on the answer board: write it there as well as posting it. */
      onBoard: boolean;
    }>
  /** Memory to write the answers the page waits for (answerBoard.ts); sent once, before any query. */
  | Readonly<{ type: 'board'; board: SharedArrayBuffer }>;

/** What the worker tells the page. */
export type WorkerEvent =
  | Readonly<{ type: 'status'; status: IndexStatus }>
  | Readonly<{
      type: 'results';
      seq: number;
      query: string;
      groups: readonly SearchGroup[];
      /** When the worker began to answer (ms since the epoch). */
      startedAt: number;
      /** Time the index took to answer. */
      searchMs: number;
    }>;

/** What the search worker asks a build helper: index these visits, numbered from `base`. */
export type HelperRequest = Readonly<{
  type: 'build';
  visits: VisitRange;
  base: number;
  /** The companies' names as the search worker read them (absent: the helper reads them). */
  companies?: readonly CompanyName[];
}>;

/** What a build helper tells the search worker: progress, the pieces of its index in order, the end. */
export type HelperEvent =
  | Readonly<{ type: 'progress'; indexed: number }>
  | Readonly<{ type: 'part'; part: SnapshotPart }>
  | Readonly<{ type: 'done' }>
  | Readonly<{ type: 'failed'; error: string }>;
