import { SyncError } from '#shared/sync/syncError';

/** Bounds of one `list` on a WebDAV or S3 target, so a hostile or broken server cannot keep main walking. */
export type ListingLimits = Readonly<{
  /** Folders below the target's root that are walked (WebDAV); deeper ones hold no key of the layout. */
  maxDepth: number;
  /** Entries (files and folders) one listing may see. */
  maxEntries: number;
  /** Requests (PROPFIND, ListObjectsV2 pages) one listing may make. */
  maxRequests: number;
  /** Milliseconds one listing may take, the requests under way included. */
  maxMillis: number;
}>;

/** The layout's deepest folder is `devices/<dev>/log` (docs/sync-format.md §2). */
export const maxListingDepth = 3;
/** Far above a team's keys: a million is years of batches and attachments of a whole team. */
export const maxListingEntries = 1_000_000;
/** A normal WebDAV listing makes a few hundred requests (256 blob folders); S3 one per 1,000 keys. */
export const maxListingRequests = 10_000;
/** Five minutes: a slow NAS lists a large team in well under one. */
export const maxListingMillis = 5 * 60_000;

/** The limits the stores use unless a test passes others. */
export const defaultListingLimits: ListingLimits = {
  maxDepth: maxListingDepth,
  maxEntries: maxListingEntries,
  maxRequests: maxListingRequests,
  maxMillis: maxListingMillis,
};

/** One listing under way: its abort signal (fired when the time is up) and its counters. */
export type ListingBudget = Readonly<{
  signal: AbortSignal;
  /** Counts a request about to be made; throws when there would be one too many or the time is up. */
  request(): void;
  /** Counts entries seen; throws past the limit. */
  entries(count: number): void;
  /** The error to report for a failed request: the time limit's when that is why it failed. */
  failure(error: unknown): unknown;
  /** Stops the clock. */
  done(): void;
}>;

/** Starts the budget of one listing of `prefix`. */
export function startListing(limits: ListingLimits, prefix: string): ListingBudget {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.maxMillis);
  let requests = 0;
  let entries = 0;
  const what = `listing ${JSON.stringify(prefix)}`;
  const timedOut = () =>
    new SyncError(
      'listing-timed-out',
      `${what} took longer than ${limits.maxMillis} ms (the limit); the server may be too slow or not a sync target`,
    );
  return {
    signal: controller.signal,
    request() {
      if (controller.signal.aborted) throw timedOut();
      requests += 1;
      if (requests > limits.maxRequests)
        throw new SyncError('listing-too-large', `${what} needed more than ${limits.maxRequests} requests (the limit)`);
    },
    entries(count) {
      entries += count;
      if (entries > limits.maxEntries)
        throw new SyncError('listing-too-large', `${what} has more than ${limits.maxEntries} entries (the limit)`);
    },
    failure: (error) => (controller.signal.aborted ? timedOut() : error),
    done: () => clearTimeout(timer),
  };
}
