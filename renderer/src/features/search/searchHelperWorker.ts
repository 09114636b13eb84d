/// <reference lib="webworker" />
import { createSearchIndex } from './searchIndex.ts';
import type { HelperEvent, HelperRequest } from './searchProtocol.ts';
import { openSearchSource } from './openSearchSource.ts';
import { runBuildHelper } from './searchHelperCore.ts';

// A build helper's worker entry: one request, then the search worker terminates it.

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener(
  'message',
  (event: MessageEvent<HelperRequest>) => {
    const post = (message: HelperEvent): void => self.postMessage(message);
    openSearchSource().then(
      (source) =>
        runBuildHelper({ createIndex: () => createSearchIndex({ compactShards: false }), source, post }, event.data),
      (error: unknown) => post({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  },
  { once: true },
);
