import { shardSize, type SearchIndex } from './searchIndex.ts';
import type { HelperEvent, HelperRequest } from './searchProtocol.ts';
import type { SearchSource } from './searchSource.ts';

// A build helper indexes a run of visits in a worker of its own while the search worker indexes
// everything else: a first build then uses two cores or more. It numbers its documents inside
// the range the search worker reserved for it and sends its index as the pieces of a snapshot
// (each shard once it is full, then the table), which the search worker absorbs one by one.

/** Records read per batch by a helper. */
export const helperBatchSize = 2500;

/** What a helper needs: an empty index, the database and a way to post. */
export type HelperDeps = Readonly<{
  createIndex(): SearchIndex;
  source: SearchSource;
  post(event: HelperEvent): void;
}>;

/** Builds the index of the requested visits and posts it; never throws (a failure is posted). */
export async function runBuildHelper(deps: HelperDeps, request: HelperRequest): Promise<void> {
  const { post } = deps;
  try {
    const index = deps.createIndex();
    if (request.base > 0) index.reserve('visit', request.base);
    if (request.companies !== undefined) deps.source.knowCompanyNames?.(request.companies);
    let indexed = 0;
    // Each shard is sent once it is full, so that the search worker absorbs it while this helper
    // goes on; the last shard and the table follow at the end.
    let sent = request.base / shardSize;
    for await (const batch of deps.source.scan(helperBatchSize, { tables: 'visits', visits: request.visits })) {
      for (const doc of batch.docs) index.put(doc);
      indexed += batch.docs.length;
      post({ type: 'progress', indexed });
      const full = index.fullShards('visit');
      for (const part of index.helperParts('visit', sent, full)) post({ type: 'part', part });
      sent = Math.max(sent, full);
    }
    for (const part of index.helperParts('visit', sent, Infinity)) post({ type: 'part', part });
    post({ type: 'done' });
  } catch (error: unknown) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}
