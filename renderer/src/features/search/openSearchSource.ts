import { openKakehashiDb } from '../../db/database.ts';
import { createDexieSearchSource } from './dexieSearchSource.ts';
import type { SearchSource } from './searchSource.ts';

/** Opens the app database in the worker (Dexie works there too) and reads it for the index. */
export async function openSearchSource(): Promise<SearchSource> {
  return createDexieSearchSource(await openKakehashiDb());
}
