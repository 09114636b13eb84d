import type { SearchIndex, SnapshotHeader, SnapshotPart } from './searchIndex.ts';
import type { IndexStatus, WorkerEvent, WorkerRequest } from './searchProtocol.ts';
import type { SearchChange, SearchSource } from './searchSource.ts';
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

/** Records read per batch: a query waits at most one batch. */
export const scanBatchSize = 1000;

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
}>;

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
    source.watch(apply);
    const total = await source.count();
    if (!restored) publish({ state: 'building', indexed: index.size(), total });
    const seen = new Set<string>();
    let visited = 0;
    let changed = false;
    let readMs = 0;
    let waitingSince = now();
    for await (const batch of source.scan(scanBatchSize)) {
      readMs += now() - waitingSince;
      for (const doc of batch.docs) {
        seen.add(doc.id);
        if (changedDuringScan?.has(doc.id) === true) continue;
        changed = index.put(doc) || changed;
      }
      visited += batch.visited;
      if (!restored) publish({ state: 'building', indexed: index.size(), total: Math.max(total, visited) });
      await deps.yieldToMessages();
      waitingSince = now();
    }
    readMs += now() - waitingSince;
    for (const id of index.documentIds()) {
      if (seen.has(id) || changedDuringScan?.has(id) === true) continue;
      index.remove(id);
      changed = true;
    }
    changedDuringScan = null;
    publish({
      state: 'ready',
      indexed: index.size(),
      total: Math.max(total, visited),
      buildMs: restored ? (status.buildMs ?? 0) : now() - started,
      readMs,
    });
    // A built index is saved; a restored one only if it needed fixing (edits during the scan count too).
    if (changed || changes > 0 || !restored) saveNow();
  };

  const built = build().catch((error: unknown) => {
    changedDuringScan = null;
    publish({ ...status, state: 'failed', error: error instanceof Error ? error.message : String(error) });
  });

  return {
    built,
    saved: async () => {
      await built;
      await saving;
    },
    handle(request) {
      const begin = now();
      const groups = index.search(request.query, request.perKind);
      const searchMs = now() - begin;
      post({ type: 'results', seq: request.seq, query: request.query, groups, startedAt: begin, searchMs });
    },
  };
}
