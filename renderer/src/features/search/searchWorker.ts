/// <reference lib="webworker" />
import { createSearchIndex, restoreSearchIndex } from './searchIndex.ts';
import type { HelperEvent, HelperRequest, WorkerEvent, WorkerRequest } from './searchProtocol.ts';
import { openSearchSource } from './openSearchSource.ts';
import { startSearchWorkerCore } from './searchWorkerCore.ts';
import { createSnapshotStore } from './snapshotStore.ts';

// The worker entry: wires the core to the worker global. Loaded by Vite as a module worker.

declare const self: DedicatedWorkerGlobalScope;

const queue: WorkerRequest[] = [];
let handle: ((request: WorkerRequest) => void) | null = null;
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  if (handle === null) queue.push(event.data);
  else handle(event.data);
});

// Lets queued queries run between batches. A message on a channel of our own is a task like a
// query, without the 4 ms a chain of zero timeouts is held back by after the fifth.
const turns = new MessageChannel();
const waiting: (() => void)[] = [];
turns.port1.onmessage = () => waiting.shift()?.();
const yieldToMessages = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    turns.port2.postMessage(null);
  });

const source = await openSearchSource();
const core = startSearchWorkerCore({
  createIndex: createSearchIndex,
  restoreIndex: restoreSearchIndex,
  source,
  snapshots: createSnapshotStore(),
  post: (event: WorkerEvent) => self.postMessage(event),
  now: () => performance.timeOrigin + performance.now(),
  yieldToMessages,
  saveDelayMs: 10_000,
  // A first build uses the other cores too (up to three helpers); the page's thread stays free.
  helpers: Math.min(3, Math.max(0, (navigator.hardwareConcurrency || 1) - 1)),
  startHelper(request: HelperRequest, onEvent: (event: HelperEvent) => void) {
    const helper = new Worker(new URL('./searchHelperWorker.ts', import.meta.url), {
      type: 'module',
      name: 'searchHelper',
    });
    helper.addEventListener('message', (event: MessageEvent<HelperEvent>) => onEvent(event.data));
    helper.addEventListener('error', (event) => onEvent({ type: 'failed', error: event.message || 'worker error' }));
    helper.postMessage(request);
    return () => helper.terminate();
  },
});
handle = core.handle;
for (const request of queue.splice(0)) core.handle(request);
