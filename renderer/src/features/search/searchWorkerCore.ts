import type { IndexSnapshot, SearchIndex } from './searchIndex.ts';
import type { IndexStatus, WorkerEvent, WorkerRequest } from './searchProtocol.ts';
import type { SearchChange, SearchSource } from './searchSource.ts';

// The worker's logic, apart from the worker global so that Node tests can drive it.
//
// At start the index saved last time is restored (FlexSearch import: ~0.2 s where indexing anew
// took ~12 s for 110,000 documents, measured in Node on this machine) and queries are answered
// at once. The database is then read through in the background: unchanged documents cost only a
// fingerprint, changed ones are indexed, vanished ones forgotten. So a snapshot that missed the
// last edits (a crash, a write in another window) is made right within one scan. Without a
// snapshot (first start, new format, too many stale entries) the index is built in batches that
// yield to the message loop, answering queries from what is indexed so far.

/** Records read per batch: small enough to answer a query between two batches. */
export const scanBatchSize = 2000;

/** Where the index is saved between runs. */
export type SnapshotStore = Readonly<{
  load(): Promise<IndexSnapshot | null>;
  save(snapshot: IndexSnapshot): Promise<void>;
}>;

/** What the core needs: how to make an index, where documents come from, how to post and the time. */
export type SearchWorkerDeps = Readonly<{
  createIndex(from?: IndexSnapshot): SearchIndex;
  source: SearchSource | null;
  snapshots: SnapshotStore | null;
  post(event: WorkerEvent): void;
  now(): number;
  /** Lets pending messages run between batches (a macrotask in a worker). */
  yieldToMessages(): Promise<void>;
  /** Quiet time after the last change before the index is saved again. */
  saveDelayMs: number;
}>;

/** A running search worker: feed it requests; `built` settles when the first full scan is done. */
export type SearchWorkerCore = Readonly<{ handle(request: WorkerRequest): void; built: Promise<void>; saved(): Promise<void> }>;

// A restored index with more stale entries than this is rebuilt instead (stale postings slow queries).
const tooStale = (index: SearchIndex): boolean => index.staleEntries() > Math.max(20_000, index.size() / 4);

/** Starts restoring or building and returns the request handler. */
export function startSearchWorkerCore(deps: SearchWorkerDeps): SearchWorkerCore {
  const { source, post, now } = deps;
  const started = now();
  let index = deps.createIndex();
  let status: IndexStatus = { state: 'building', indexed: 0, total: 0 };
  // Ids changed while the scan runs: the scan may have read them before the change, so it must
  // neither overwrite the fresher version nor forget a document the change just added.
  let changedDuringScan: Set<string> | null = new Set<string>();
  let saving: Promise<void> = Promise.resolve();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;

  const publish = (next: IndexStatus): void => {
    status = next;
    post({ type: 'status', status });
  };

  const saveNow = (): void => {
    if (deps.snapshots === null) return;
    const store = deps.snapshots;
    saving = saving.then(() => store.save(index.snapshot())).catch((error: unknown) => console.error('search: could not save the index', error));
  };

  const scheduleSave = (): void => {
    if (deps.snapshots === null || changedDuringScan !== null) return;
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      saveNow();
    }, deps.saveDelayMs);
  };

  const apply = (change: SearchChange): void => {
    for (const id of change.remove) {
      index.remove(id);
      changedDuringScan?.add(id);
    }
    for (const doc of change.put) {
      index.put(doc);
      changedDuringScan?.add(doc.id);
    }
    if (status.state !== 'building') publish({ ...status, indexed: index.size() });
    scheduleSave();
  };

  const restore = async (): Promise<boolean> => {
    const snapshot = await deps.snapshots?.load().catch(() => null);
    if (snapshot === null || snapshot === undefined) return false;
    try {
      const restored = deps.createIndex(snapshot);
      if (tooStale(restored)) return false;
      index = restored;
      return true;
    } catch {
      return false; // an older format or a damaged snapshot: build instead
    }
  };

  const build = async (): Promise<void> => {
    publish(status);
    if (source === null) {
      changedDuringScan = null;
      publish({ state: 'ready', indexed: index.size(), total: index.size(), buildMs: now() - started });
      return;
    }
    const restored = await restore();
    if (restored) publish({ state: 'ready', indexed: index.size(), total: index.size(), buildMs: now() - started });
    source.watch(apply);
    const total = await source.count();
    if (!restored) publish({ state: 'building', indexed: index.size(), total });
    const seen = new Set<string>();
    let visited = 0;
    let changed = false;
    for await (const batch of source.scan(scanBatchSize)) {
      for (const doc of batch.docs) {
        seen.add(doc.id);
        if (changedDuringScan?.has(doc.id) === true) continue;
        const before = index.staleEntries() + index.size();
        index.put(doc);
        changed ||= index.staleEntries() + index.size() !== before;
      }
      visited += batch.visited;
      if (!restored) publish({ state: 'building', indexed: index.size(), total: Math.max(total, visited) });
      await deps.yieldToMessages();
    }
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
    });
    if (changed || !restored) saveNow();
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
      switch (request.type) {
        case 'search': {
          const begin = now();
          const groups = index.search(request.query, request.perKind);
          post({ type: 'results', seq: request.seq, query: request.query, groups, searchMs: now() - begin });
          return;
        }
        case 'put':
          apply({ put: request.docs, remove: [] });
          return;
        case 'remove':
          apply({ put: [], remove: request.ids });
          return;
        default:
          assertNever(request);
      }
    },
  };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected request: ${JSON.stringify(value)}`);
}
