import { readAnswer } from './answerBoard.ts';
import type { SearchGroup } from './searchDocument.ts';
import type { IndexStatus, WorkerEvent, WorkerRequest } from './searchProtocol.ts';

/** The answer to one query. */
export type SearchAnswer = Readonly<{
  query: string;
  groups: readonly SearchGroup[];
  /** Where the time went, in ms since the epoch: posted, begun in the worker, answer received. */
  timing: Readonly<{ sentAt: number; startedAt: number; searchMs: number; arrivedAt: number }>;
  /** Whether it came through the answer board, in the task that asked (else as a message). */
  inTask: boolean;
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

/** How the client may wait for answers in the task that asks (see answerBoard.ts). */
export type AnswerBoardOptions = Readonly<{
  board: SharedArrayBuffer;
  /** The longest wait for one answer, in ms; past it the answer comes as a message. */
  waitMs: number;
  /** A monotonic clock in ms (`performance.now`). */
  now(): number;
}>;

/** How long a keystroke may wait for its answer: the query takes ~2 ms at p95 on 150,000 documents. */
export const answerWaitMs = 8;

/**
 * Wraps a search worker: one outstanding query at a time, status for the UI. With an answer board,
 * a query asked of a ready index waits for its answer in the asking task; a wait that runs out
 * (the worker is saving or re-reading) stops the waiting until an answer by message shows the worker
 * answering within the time again, so that a busy worker does not hold up every keystroke.
 */
export function createSearchClient(port: SearchPort, answers?: AnswerBoardOptions): SearchClient {
  let status: IndexStatus = { state: 'building', indexed: 0, total: 0 };
  const listeners = new Set<() => void>();
  let seq = 0;
  let pending: { seq: number; sentAt: number; resolve: (answer: SearchAnswer | null) => void } | null = null;
  let waitForAnswers = answers !== undefined;
  if (answers !== undefined) port.postMessage({ type: 'board', board: answers.board });

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
          if (answers !== undefined && data.startedAt + data.searchMs - sentAt <= answers.waitMs) waitForAnswers = true;
          pending.resolve({ query: data.query, groups: data.groups, timing, inTask: false });
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
        const onBoard = answers !== undefined && waitForAnswers && status.state === 'ready';
        port.postMessage({ type: 'search', seq: current, query, perKind, sentAt, onBoard });
        if (!onBoard) return;
        const answer = readAnswer(answers.board, current, answers.now() + answers.waitMs, answers.now);
        if (answer === null) {
          waitForAnswers = false;
          return;
        }
        pending = null;
        const timing = { sentAt, startedAt: answer.startedAt, searchMs: answer.searchMs, arrivedAt: epochNow() };
        resolve({ query: answer.query, groups: answer.groups, timing, inTask: true });
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
