import type { SearchIndex } from './searchIndex.ts';
import type { IndexStatus, WorkerEvent, WorkerRequest } from './searchProtocol.ts';
import type { SearchChange, SearchSource } from './searchSource.ts';

// The worker's logic, apart from the worker global so that Node tests can drive it. The index is
// built from scratch at every start, in batches that yield to the message loop: queries are
// answered (from what is indexed so far) while it builds, and the page never waits on it.

/** Records read per batch: small enough to answer a query between two batches within a frame or so. */
export const scanBatchSize = 2000;

/** What the core needs: an index, where documents come from, how to post and the time. */
export type SearchWorkerDeps = Readonly<{
  index: SearchIndex;
  source: SearchSource | null;
  post(event: WorkerEvent): void;
  now(): number;
  /** Lets pending messages run between batches (a macrotask in a worker). */
  yieldToMessages(): Promise<void>;
}>;

/** A running search worker: feed it requests; `built` settles when the first full index is done. */
export type SearchWorkerCore = Readonly<{ handle(request: WorkerRequest): void; built: Promise<void> }>;

/** Starts building and returns the request handler. */
export function startSearchWorkerCore(deps: SearchWorkerDeps): SearchWorkerCore {
  const { index, source, post, now } = deps;
  const started = now();
  let status: IndexStatus = { state: 'building', indexed: 0, total: 0 };
  // Ids changed while the scan runs: the scan may have read them before the change, so it must
  // not overwrite the fresher version the change already indexed.
  let changedDuringBuild: Set<string> | null = new Set<string>();

  const publish = (next: IndexStatus): void => {
    status = next;
    post({ type: 'status', status });
  };

  const apply = (change: SearchChange): void => {
    for (const id of change.remove) {
      index.remove(id);
      changedDuringBuild?.add(id);
    }
    for (const doc of change.put) {
      index.put(doc);
      changedDuringBuild?.add(doc.id);
    }
    if (status.state !== 'building') publish({ ...status, indexed: index.size() });
  };

  const build = async (): Promise<void> => {
    publish(status);
    if (source === null) {
      changedDuringBuild = null;
      publish({ state: 'ready', indexed: index.size(), total: index.size(), buildMs: now() - started });
      return;
    }
    source.watch(apply);
    const total = await source.count();
    publish({ state: 'building', indexed: index.size(), total });
    let visited = 0;
    for await (const batch of source.scan(scanBatchSize)) {
      for (const doc of batch.docs) if (!changedDuringBuild?.has(doc.id)) index.put(doc);
      visited += batch.visited;
      publish({ state: 'building', indexed: index.size(), total: Math.max(total, visited) });
      await deps.yieldToMessages();
    }
    changedDuringBuild = null;
    publish({ state: 'ready', indexed: index.size(), total: Math.max(total, visited), buildMs: now() - started });
  };

  const built = build().catch((error: unknown) => {
    changedDuringBuild = null;
    publish({ ...status, state: 'failed', error: error instanceof Error ? error.message : String(error) });
  });

  return {
    built,
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
