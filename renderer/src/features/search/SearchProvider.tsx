import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SearchClient } from './searchClient.ts';
import type { IndexStatus } from './searchProtocol.ts';
import { useSearchWorker } from './useSearchWorker.ts';

// One search worker for the window: the quick search and the full results page ask the same index.
const SearchClientContext = createContext<SearchClient | null>(null);

/** Starts the search worker with the shell and hands it to the quick search and the results page. */
export function SearchProvider({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const client = useSearchWorker();
  return <SearchClientContext.Provider value={client}>{children}</SearchClientContext.Provider>;
}

/** The window's search client; null until the worker has started. */
export function useSearchClient(): SearchClient | null {
  return useContext(SearchClientContext);
}

const buildingStatus: IndexStatus = { state: 'building', indexed: 0, total: 0 };
const noClientSubscribe = (): (() => void) => () => undefined;

/** The index's state (building with a count, ready, failed), following the worker. */
export function useIndexStatus(client: SearchClient | null): IndexStatus {
  return useSyncExternalStore(client?.subscribe ?? noClientSubscribe, () => client?.status() ?? buildingStatus);
}
