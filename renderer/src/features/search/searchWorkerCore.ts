import { releaseTokenCache } from '#shared/text/tokenize';
import { writeAnswer } from './answerBoard.ts';
import { noHelpers, startBuildHelpers, type BuildHelperOptions, type Helpers } from './buildHelpers.ts';
import type { SearchIndex, SnapshotHeader, SnapshotPart } from './searchIndex.ts';
import type { IndexStatus, WorkerEvent, WorkerRequest } from './searchProtocol.ts';
import type { ScanScope, SearchChange, SearchSource } from './searchSource.ts';
import type { SnapshotStore } from './snapshotStore.ts';

// The worker's logic, apart from the worker global so that Node tests can drive it.
//
// At start the index saved last time is restored (reading pieces is far quicker than indexing
// anew) and queries are answered at once. The database is then read through in the background:
// unchanged documents cost only a fingerprint, changed ones are indexed again, vanished ones
// removed. So a snapshot that missed the last edits (a crash, a write in another window) is made
// right within one scan. Without a snapshot (first start, new format) the index is built in
// batches that yield to the message loop, answering queries from what is indexed so far.
//
// While the app runs every change announced by the database reaches the index at once: edited
// documents are indexed again and deleted ones removed from the index itself (no stale postings).
//
// A first build of many visits shares the older visits out among build helpers (workers of their
// own, `searchHelperCore.ts`) and indexes the rest itself: the numbers of the helpers' documents
// are reserved before anything is indexed, and their pieces are absorbed as they arrive. A
// document changed while a helper worked is taken from the database here, not from the helper.
// A helper that fails leaves its visits to this worker.

/** Documents indexed between turns for queries: a query waits at most this many. */
export const scanBatchSize = 1000;

// Records read per request to the database: fewer, larger reads keep the database busier while
// this worker indexes (the next page is asked for before this one is indexed).
const scanPageSize = 2500;

/** What the core needs: how to make an index, where documents come from, how to post and the time. */
export type SearchWorkerDeps = Readonly<{
  createIndex(): SearchIndex;
  restoreIndex(header: SnapshotHeader, parts: AsyncIterable<SnapshotPart>): Promise<SearchIndex>;
  source: SearchSource;
  snapshots: SnapshotStore | null;
  post(event: WorkerEvent): void;
  /** Milliseconds since the epoch (`performance.timeOrigin + performance.now()` in the worker). */
  now(): number;
  /** Lets pending messages run between batches (a macrotask in a worker). */
  yieldToMessages(): Promise<void>;
  /** Quiet time after the last change before the index is saved again. */
  saveDelayMs: number;
}> &
  BuildHelperOptions;

/** A running search worker: feed it requests; `built` settles when the first full scan is done. */
export type SearchWorkerCore = Readonly<{
  handle(request: WorkerRequest): void;
  built: Promise<void>;
  saved(): Promise<void>;
}>;

/** Starts restoring or building and returns the request handler. */
export function startSearchWorkerCore(deps: SearchWorkerDeps): SearchWorkerCore {
  const { source, post, now } = deps;
  const started = now();
  // Shared memory where the page waits for an answer it asked for so (see answerBoard.ts); every
  // answer is posted too.
  let board: SharedArrayBuffer | null = null;
  let index = deps.createIndex();
  let status: IndexStatus = { state: 'building', indexed: 0, total: 0 };
  // Ids changed while the scan runs: the scan may have read them before the change, so it must
  // neither overwrite the fresher version nor keep a document the change just removed.
  let changedDuringScan: Set<string> | null = new Set<string>();
  let saving: Promise<void> = Promise.resolve();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let changes = 0;

  const publish = (next: IndexStatus): void => {
    status = next;
    post({ type: 'status', status });
  };

  const scheduleSave = (): void => {
    if (deps.snapshots === null || changedDuringScan !== null) return;
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      saveNow();
    }, deps.saveDelayMs);
  };

  function saveNow(): void {
    const store = deps.snapshots;
    if (store === null) return;
    saving = saving
      .then(async () => {
        const before = changes;
        await store.save((write) => index.save(write));
        // Written piece by piece, so a change made meanwhile may be half in it: save again later.
        if (changes !== before) scheduleSave();
      })
      .catch((error: unknown) => console.error('search: could not save the index', error));
  }

  // Only a change that reached the index is saved: Dexie also announces writes that leave every
  // indexed field as it was (a whole table re-read after a bulk write, a record saved unchanged).
  const apply = (change: SearchChange): void => {
    let changed = false;
    for (const id of change.remove) {
      changed = index.remove(id) || changed;
      changedDuringScan?.add(id);
    }
    for (const doc of change.put) {
      changed = index.put(doc) || changed;
      changedDuringScan?.add(doc.id);
    }
    if (!changed) return;
    changes += 1;
    if (status.state !== 'building') publish({ ...status, indexed: index.size() });
    scheduleSave();
  };

  const restore = async (): Promise<boolean> => {
    const loaded = await deps.snapshots?.load().catch(() => null);
    if (loaded === null || loaded === undefined) return false;
    try {
      index = await deps.restoreIndex(loaded.header, loaded.parts());
      return true;
    } catch {
      index = deps.createIndex();
      return false; // an older format or a damaged snapshot: build instead
    }
  };

  const build = async (): Promise<void> => {
    publish(status);
    const restored = await restore();
    if (restored) publish({ state: 'ready', indexed: index.size(), total: index.size(), buildMs: now() - started });
    const seen = new Set<string>();
    let changed = false;
    let total = 0;
    let visited = 0;
    let absorbed = 0;
    let helped: Helpers = noHelpers;
    // When the last build helper finished (0: not yet, or none).
    let helpersDoneAt = 0;
    const showProgress = (): void => {
      if (restored) return;
      const byHelpers = helped.progress.reduce((sum, n) => sum + n, 0);
      publish({
        state: 'building',
        indexed: Math.min(index.size() + byHelpers, Math.max(total, visited)),
        total: Math.max(total, visited),
      });
    };
    // On a first build, changes wait until the helpers' numbers are reserved (no visit may be
    // indexed before); then they are applied in the order they came.
    let held: SearchChange[] | null = restored ? null : [];
    source.watch((change) => {
      if (held === null) apply(change);
      else held.push(change);
    });
    let readMs = 0;
    const scan = async (scope: ScanScope): Promise<void> => {
      let waitingSince = now();
      for await (const batch of source.scan(scanPageSize, scope)) {
        readMs += now() - waitingSince;
        for (const [i, doc] of batch.docs.entries()) {
          seen.add(doc.id);
          if (changedDuringScan?.has(doc.id) !== true) changed = index.put(doc) || changed;
          if ((i + 1) % scanBatchSize === 0) await deps.yieldToMessages();
        }
        visited += batch.visited;
        showProgress();
        await deps.yieldToMessages();
        waitingSince = now();
      }
      readMs += now() - waitingSince;
    };
    if (restored) {
      total = await source.count();
      await scan({ tables: 'all' });
    } else {
      // Companies, seeds and needs are read while the visits are shared out.
      const others = scan({ tables: 'others' });
      // Awaited below; marked handled so that a failure meanwhile is not reported twice.
      others.catch(() => undefined);
      try {
        helped = await startBuildHelpers({
          ...deps,
          index,
          isChanged: (id) => changedDuringScan?.has(id) === true,
          onProgress: showProgress,
          onAbsorbed: (ids) => {
            for (const id of ids) seen.add(id);
            absorbed += ids.length;
            changed = true;
          },
        });
      } catch (error: unknown) {
        // Sharing out failed before any helper started: this worker indexes every visit.
        console.error('search: could not share the visits out among build helpers', error);
      } finally {
        const changes = held ?? [];
        held = null;
        for (const change of changes) apply(change);
      }
      if (helped.shares.length > 0)
        void Promise.all(helped.shares.map((share) => share.finished)).then(() => (helpersDoneAt = now()));
      if (helped.records === undefined) void source.count().then((count) => (total = count));
      else total = helped.records;
      await others;
      await scan({ tables: 'visits', ...(helped.own === undefined ? {} : { visits: helped.own }) });
    }
    // A helper that failed leaves its visits here (what it sent before is kept or re-put unchanged).
    const waitingForHelpers = now();
    const helpersIdleMs = helpersDoneAt === 0 ? 0 : waitingForHelpers - helpersDoneAt;
    let helperWaitMs = 0;
    for (const share of helped.shares) {
      const finished = await share.finished;
      helperWaitMs = now() - waitingForHelpers;
      if (!finished) await scan({ tables: 'visits', visits: share.visits });
    }
    for (const id of index.documentIds()) {
      if (seen.has(id) || changedDuringScan?.has(id) === true) continue;
      index.remove(id);
      changed = true;
    }
    changedDuringScan = null;
    releaseTokenCache();
    if (!restored) index.settle();
    publish({
      state: 'ready',
      indexed: index.size(),
      total: Math.max(total, visited),
      buildMs: restored ? (status.buildMs ?? 0) : now() - started,
      readMs,
      helped: absorbed,
      helperWaitMs,
      helpersIdleMs,
    });
    // A built index is saved; a restored one only if it needed fixing (edits during the scan count too).
    if (changed || changes > 0 || !restored) saveNow();
  };

  const built = build().catch((error: unknown) => {
    changedDuringScan = null;
    releaseTokenCache();
    publish({ ...status, state: 'failed', error: error instanceof Error ? error.message : String(error) });
  });

  return {
    built,
    saved: async () => {
      await built;
      await saving;
    },
    handle(request) {
      if (request.type === 'board') {
        board = request.board;
        return;
      }
      const begin = now();
      const groups = index.search(request.query, request.perKind);
      const searchMs = now() - begin;
      if (board !== null && request.onBoard)
        writeAnswer(board, request.seq, { query: request.query, groups, startedAt: begin, searchMs });
      post({ type: 'results', seq: request.seq, query: request.query, groups, startedAt: begin, searchMs });
    },
  };
}
