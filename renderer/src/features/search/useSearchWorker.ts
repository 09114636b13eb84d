import { useEffect, useState } from 'react';
import { createSearchClient, type SearchClient } from './searchClient.ts';

/** Starts the search worker with the app (the index builds before anyone opens the search). */
export function useSearchWorker(): SearchClient | null {
  const [client, setClient] = useState<SearchClient | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' });
    const created = createSearchClient(worker);
    // The worker is an external resource: it exists only while the shell is mounted.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- publishing the resource this effect created
    setClient(created);
    return () => created.dispose();
  }, []);
  return client;
}
