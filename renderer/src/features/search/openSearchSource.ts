import type { SearchSource } from './searchSource.ts';

/** The database the worker indexes (connected once the data layer lands). */
export async function openSearchSource(): Promise<SearchSource | null> {
  return Promise.resolve(null);
}
