import type { SearchGroup } from './searchDocument.ts';
import type { IndexStatus, WorkerEvent, WorkerRequest } from './searchProtocol.ts';

/** The answer to one query. */
export type SearchAnswer = Readonly<{
  query: string;
  groups: readonly SearchGroup[];
  /** Where the time went, in ms since the epoch: posted, begun in the worker, answer received. */
  timing: Readonly<{ sentAt: number; startedAt: number; searchMs: number; arrivedAt: number }>;
}>;

const epochNow = (): number => performance.timeOrigin + performance.now();

/** The page's side of the search worker. */
export type SearchClient = Readonly<{
  /** Asks for a query; a newer query makes the older one resolve to null (it would only flicker). */
  search(query: string, perKind: number): Promise<SearchAnswer | null>;
  status(): IndexStatus;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}>;

/** The port the client talks through: a Worker, or a stand-in in tests. */
export type SearchPort = Readonly<{
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerEvent>) => void): void;
  terminate(): void;
}>;

/** Wraps a search worker: one outstanding query at a time, status for the UI. */
export function createSearchClient(port: SearchPort): SearchClient {
  let status: IndexStatus = { state: 'building', indexed: 0, total: 0 };
  const listeners = new Set<() => void>();
  let seq = 0;
  let pending: { seq: number; sentAt: number; resolve: (answer: SearchAnswer | null) => void } | null = null;

  port.addEventListener('message', ({ data }) => {
    switch (data.type) {
      case 'status':
        // The benchmark reads this mark as "index built" (time since the page started).
        if (data.status.state === 'ready' && status.state !== 'ready') {
          performance.mark('kakehashi:search-index-ready', { detail: data.status });
        }
        status = data.status;
        for (const listener of listeners) listener();
        return;
      case 'results':
        if (pending?.seq === data.seq) {
          const { sentAt } = pending;
          const timing = { sentAt, startedAt: data.startedAt, searchMs: data.searchMs, arrivedAt: epochNow() };
          pending.resolve({ query: data.query, groups: data.groups, timing });
          pending = null;
        }
        return;
      default:
        assertNever(data);
    }
  });

  return {
    search(query, perKind) {
      pending?.resolve(null);
      seq += 1;
      const current = seq;
      return new Promise((resolve) => {
        const sentAt = epochNow();
        pending = { seq: current, sentAt, resolve };
        port.postMessage({ type: 'search', seq: current, query, perKind, sentAt });
      });
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      pending?.resolve(null);
      pending = null;
      port.terminate();
    },
  };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected worker event: ${JSON.stringify(value)}`);
}
