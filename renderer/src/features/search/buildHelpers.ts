import { shardSize, type SearchIndex } from './searchIndex.ts';
import type { HelperEvent, HelperRequest } from './searchProtocol.ts';
import type { SearchSource, VisitRange } from './searchSource.ts';

// The search worker's side of build helpers (`searchHelperCore.ts` is the helper's): the older
// visits are split into runs, one per helper, the numbers of their documents are reserved in the
// index before any visit is indexed, and each helper's pieces are absorbed as they arrive. A piece
// that does not fit, or a helper that fails, ends that helper: its run is left to the worker.

/** How the search worker starts build helpers (absent: it builds alone). */
export type BuildHelperOptions = Readonly<{
  /** Starts a build helper with a request; returns how to stop it. */
  startHelper?: (request: HelperRequest, onEvent: (event: HelperEvent) => void) => () => void;
  /** Build helpers for a first build (the cores beyond the search worker's). */
  helpers?: number;
  /** Visits below which a first build does without helpers. */
  helperMinVisits?: number;
}>;

/** A helper's run of visits, the first number reserved for it and how it ended (true: all absorbed). */
export type HelperShare = Readonly<{ visits: VisitRange; base: number; finished: Promise<boolean> }>;

/**
 * The visits left to the search worker (undefined: all), the helpers' shares, what each helper has
 * indexed and not yet handed over, and how many records there are (when the split counted them).
 */
export type Helpers = Readonly<{
  own?: VisitRange;
  shares: readonly HelperShare[];
  progress: number[];
  records?: number;
}>;

/** No helpers: the search worker indexes every visit. */
export const noHelpers: Helpers = { shares: [], progress: [] };

/** What sharing out needs besides the options: the index, the database and what to tell. */
export type ShareOut = BuildHelperOptions &
  Readonly<{
    index: SearchIndex;
    source: SearchSource;
    /** Whether a record changed since the build began (its helper version is then left out). */
    isChanged(id: string): boolean;
    /** A helper's progress changed. */
    onProgress(): void;
    /** A piece was absorbed: the ids it brought into the index. */
    onAbsorbed(ids: readonly string[]): void;
  }>;

// Of a thread's share, the visits the search worker takes on beyond an even split. A helper is given
// the companies' names once the worker has read them; with an even split it ended 0.4–0.6 s after
// the worker in 4 of 4 builds of 10,000 companies on 2 cores (~5 s each).
const helperLag = 0.05;

// Room for visits that arrive in a run while its helper works (a sync brings older ids too).
const roomPerRun = 1024;

/** Splits the visits, starts the helpers and reserves their numbers; returns what is left here. */
export async function startBuildHelpers(options: ShareOut): Promise<Helpers> {
  const { index, source, startHelper: start } = options;
  const helpers = options.helpers ?? 0;
  if (start === undefined || helpers < 1 || source.splitVisits === undefined) return noHelpers;
  // Each thread gets about the same number of records; the search worker's share of visits is
  // smaller by the other records (companies, needs, seeds), which it indexes too, and larger by
  // `helperLag` of a share: a helper starts only once the worker has read the companies.
  const atLeast = options.helperMinVisits ?? 2 * shardSize;
  let records: number | undefined;
  const ranges = await source.splitVisits((visits, others) => {
    records = visits + others;
    if (visits < atLeast) return [visits];
    const each = Math.ceil(records / (helpers + 1));
    const own = Math.max(1, Math.min(visits, each - others + Math.round(each * helperLag)));
    const perHelper = Math.floor((visits - own) / helpers);
    return [...Array.from({ length: helpers }, () => perHelper), visits - perHelper * helpers];
  });
  const counted = records === undefined ? {} : { records };
  const own = ranges.at(-1);
  if (ranges.length < 2 || own === undefined) return { ...noHelpers, ...counted };
  // The companies are read once, by the search worker's scan; each helper is given their names.
  const companies = await source.companyNames?.();
  const progress: number[] = [];
  const shares: HelperShare[] = [];
  let base = 0;
  for (const [i, visits] of ranges.slice(0, -1).entries()) {
    const numbers = { start: base, end: base + Math.ceil((visits.count + roomPerRun) / shardSize) * shardSize };
    progress.push(0);
    const finished = new Promise<boolean>((resolve) => {
      let failed = false;
      let stop = (): void => undefined;
      // What it counted is the search worker's to index now.
      const fail = (): void => {
        failed = true;
        progress[i] = 0;
        stop();
        resolve(false);
      };
      stop = start({ type: 'build', visits, base: numbers.start, ...(companies && { companies }) }, (event) => {
        if (failed) return;
        switch (event.type) {
          case 'progress':
            progress[i] = event.indexed;
            options.onProgress();
            return;
          case 'part':
            try {
              options.onAbsorbed(index.absorb(event.part, options.isChanged, numbers));
            } catch (error: unknown) {
              console.error('search: a build helper sent a piece that does not fit', error);
              fail();
            }
            return;
          case 'done':
            progress[i] = 0;
            stop();
            resolve(true);
            return;
          case 'failed':
            console.error(`search: a build helper failed (${event.error}); indexing its visits here`);
            fail();
            return;
        }
      });
    });
    shares.push({ visits, base: numbers.start, finished });
    base = numbers.end;
  }
  index.reserve('visit', base);
  return { own, shares, progress, ...counted };
}
