import { useEffect, useState } from 'react';
import { answerBoardBytes } from './answerBoard.ts';
import { answerWaitMs, createSearchClient, type SearchClient } from './searchClient.ts';

/** Starts the search worker with the app (the index builds before anyone opens the search). */
export function useSearchWorker(): SearchClient | null {
  const [client, setClient] = useState<SearchClient | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' });
    // Shared memory exists only in a cross-origin isolated page (the app and the harness serve it so).
    const answers = globalThis.crossOriginIsolated
      ? { board: new SharedArrayBuffer(answerBoardBytes), waitMs: answerWaitMs, now: () => performance.now() }
      : undefined;
    const created = createSearchClient(worker, answers);
    // The worker is an external resource: it exists only while the shell is mounted.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- publishing the resource this effect created
    setClient(created);
    return () => created.dispose();
  }, []);
  return client;
}
