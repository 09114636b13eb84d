import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ja } from '#shared/i18n/ja';
import type { Page } from 'playwright-core';
import { launchApp, type AppInstance } from '../../test/harness/launchApp.ts';
import { startRendererServer } from '../../test/harness/rendererServer.ts';
import { bundleForPage } from '../../test/harness/bundleForPage.ts';
import type { BenchSeedApi, CorpusSize } from '../support/seedCorpusInPage.ts';
import { workerHeapUsed } from '../support/workerHeap.ts';
import { traceDatabaseThread, traceThreads, type ThreadSummary } from '../support/traceThreads.ts';

// Quick search on the production build in real Chromium: index build at start (time, worker heap,
// main-thread long tasks meanwhile) and keystroke → results in the DOM, at two sizes so the growth
// shows. Records are written through the app's repositories, then the app is started again on
// that profile, as a user would find it the next morning.

type Context = Readonly<{ baseUrl: string; report(name: string, value: number, unit: string): void }>;

const scales: readonly Readonly<{ label: string; size: CorpusSize }>[] = [
  { label: '1,000 companies', size: { companies: 1_000, visits: 10_000, needs: 2_000, seeds: 200 } },
  { label: '10,000 companies', size: { companies: 10_000, visits: 100_000, needs: 20_000, seeds: 2_000 } },
];

// Typed one character at a time: hiragana for katakana names, half-width kana, Latin, kanji.
const queries = [
  'さくらんぼ',
  'ｻｸﾗﾝﾎﾞ',
  'らふらんす',
  '山形',
  'ばいお',
  '米沢',
  'abc',
  'ふーず',
  '佐藤',
  '鮮度保持',
  'めでぃかる',
  'ファーム',
  '庄内',
  '紅花',
  'めたぼろーむ',
  'YBC',
  'ＮＳＫ',
  'ぐりーん',
  '寒河江',
  'でわ',
];

type Figures = Readonly<{
  readyMs: number;
  buildMs: number;
  readMs: number;
  helped: number;
  helperWaitMs: number;
  helpersIdleMs: number;
  restoredReadyMs: number;
  restoredLongestTaskMs: number;
  documents: number;
  longestTaskMs: number;
  workerHeapMb: number;
  workerHeapSavingMb: number;
  keystrokeMedian: number;
  keystrokeP95: number;
  indexP95: number;
  phasesP95: Phases;
  phasesMedian: Phases;
  slowest: readonly (Partial<Phases> & { total: number })[];
  workerHeapPeakSavingMb: number;
  restoredHeapMb: number;
  tracedReadyMs: number;
  tracedDatabaseMs: number;
  threads: readonly ThreadSummary[];
  savedWhileTyping: number;
  keystrokes: number;
  keystrokesInTask: number;
}>;

type NumericFigure = { [K in keyof Figures]: Figures[K] extends number ? K : never }[keyof Figures];

// Where one keystroke's time went: input event → query posted (the input handler asks the worker)
// → worker begins (message delivery and any work queued before it) → index answers → answer
// received on the page → results rendered.
type Phases = { toPost: number; toWorker: number; search: number; back: number; render: number };
const phaseNames = ['toPost', 'toWorker', 'search', 'back', 'render'] as const;

type BenchState = {
  longTasks: { start: number; duration: number }[];
  last: { t: number; value: string; done: boolean } | null;
  samples: number[];
  phases: Phases[];
  /** Per sample: the answer was read from the answer board in the keystroke's own task. */
  inTask: boolean[];
  /** Resolves when the results of `value` are rendered (set by the bench while it waits). */
  waiter: { value: string; resolve(): void } | null;
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

// tsx compiles with esbuild's keepNames: functions sent to the page may call its `__name` helper.
const nameHelper = { content: 'globalThis.__name ??= (target) => target;' };

async function seedProfile(baseUrl: string, size: CorpusSize): Promise<AppInstance> {
  const app = await launchApp({ baseUrl, keepFolders: true });
  await app.context.addInitScript(nameHelper);
  // Written with the search worker kept out: seeding measures nothing, and the next start indexes.
  await app.context.route('**/searchWorker-*.js', (route) => route.abort());
  await app.page.reload();
  await app.page.evaluate(
    await bundleForPage(new URL('../support/seedCorpusInPage.ts', import.meta.url), 'kakehashiBenchBundle'),
  );
  await app.page.evaluate((s) => (window as unknown as { kakehashiBench: BenchSeedApi }).kakehashiBench.seed(s), size);
  // The worker of the first page load (before the route) may have saved an empty index: drop it,
  // so that the next start builds from the records.
  await dropSnapshot(app.page);
  await app.context.close();
  return app;
}

// Deletes the saved search index (the search worker must not be running: it holds the database).
function dropSnapshot(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('kakehashi-search-index');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('could not delete the saved search index'));
      }),
  );
}

// A first build once more, traced: how long the browser's IndexedDB thread, which serves every
// read of the page and its workers, was busy until the index was ready.
async function tracedBuild(baseUrl: string, seeded: AppInstance): Promise<{ readyMs: number; databaseMs: number }> {
  const app = await launchApp({ baseUrl, profilePath: seeded.profilePath, userDataPath: seeded.userDataPath });
  try {
    await app.context.route('**/searchWorker-*.js', (route) => route.abort());
    await app.page.reload();
    await dropSnapshot(app.page);
    await app.context.unroute('**/searchWorker-*.js');
    let readyMs = 0;
    const databaseMs = await traceDatabaseThread(app.page, async () => {
      await app.page.reload();
      await indexReady(app.page);
      readyMs = await app.page.evaluate(
        () => performance.getEntriesByName('kakehashi:search-index-ready')[0]?.startTime ?? 0,
      );
    });
    return { readyMs, databaseMs };
  } finally {
    await app.close();
  }
}

// Runs in the page before the app: long tasks, and input → rendered-results pairs.
const instrument = (): void => {
  const state: BenchState = { longTasks: [], last: null, samples: [], phases: [], inTask: [], waiter: null };
  (window as unknown as { benchSearch: BenchState }).benchSearch = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLInputElement)
        state.last = { t: event.timeStamp, value: event.target.value, done: false };
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('kakehashi:search-rendered')) {
      const detail = (entry as PerformanceMark).detail as {
        query: string;
        sentAt: number;
        startedAt: number;
        searchMs: number;
        arrivedAt: number;
        inTask: boolean;
      };
      const last = state.last;
      if (last !== null && !last.done && detail.query === last.value) {
        last.done = true;
        if (last.value !== '') {
          state.samples.push(entry.startTime - last.t);
          state.inTask.push(detail.inTask);
          // The page's and the worker's clocks meet as ms since the epoch.
          const input = performance.timeOrigin + last.t;
          const rendered = performance.timeOrigin + entry.startTime;
          state.phases.push({
            toPost: detail.sentAt - input,
            toWorker: detail.startedAt - detail.sentAt,
            search: detail.searchMs,
            back: detail.arrivedAt - detail.startedAt - detail.searchMs,
            render: rendered - detail.arrivedAt,
          });
        }
        if (state.waiter?.value === last.value) {
          state.waiter.resolve();
          state.waiter = null;
        }
      }
    }
  }).observe({ entryTypes: ['mark'] });
};

async function typeQueries(page: Page): Promise<{ samples: number[]; phases: Phases[]; inTask: boolean[] }> {
  const before = await page.evaluate(
    () => (window as unknown as { benchSearch: BenchState }).benchSearch.samples.length,
  );
  const box = page.getByRole('combobox', { name: ja.search.inputLabel });
  if (!(await box.isVisible())) await page.keyboard.press('Control+K');
  await box.waitFor();
  // Waits for the rendered results without polling: a poll on every animation frame keeps the page
  // drawing frames and takes the cores the measured threads need (2 on the reference machine).
  const settled = (value: string) =>
    page.evaluate(
      (v) =>
        new Promise<void>((resolve) => {
          const state = (window as unknown as { benchSearch: BenchState }).benchSearch;
          if (state.last !== null && state.last.done && state.last.value === v) resolve();
          else state.waiter = { value: v, resolve };
        }),
      value,
    );
  for (const query of queries) {
    if ((await box.inputValue()) !== '') {
      await box.fill('');
      await settled('');
    }
    let typed = '';
    for (const char of query) {
      typed += char;
      // The wait is set up before the key is sent, so that the page does not run the benchmark's
      // own script while the keystroke is measured.
      const shown = settled(typed);
      await page.keyboard.type(char);
      await shown;
    }
  }
  return page.evaluate((from) => {
    const state = (window as unknown as { benchSearch: BenchState }).benchSearch;
    return { samples: state.samples.slice(from), phases: state.phases.slice(from), inTask: state.inTask.slice(from) };
  }, before);
}

type Startup = Readonly<{
  at: number;
  buildMs: number;
  readMs: number;
  helped: number;
  helperWaitMs: number;
  helpersIdleMs: number;
  indexed: number;
  longest: number;
}>;

// Waits for the page's mark that the search index is ready (built or restored).
async function indexReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('kakehashi:search-index-ready').length > 0, null, {
    timeout: 300_000,
    polling: 50,
  });
}

// Starts the app on a profile and waits for the index; long tasks are collected from the first script.
async function start(baseUrl: string, seeded: AppInstance): Promise<AppInstance & { startup: Startup }> {
  const app = await launchApp({ baseUrl, profilePath: seeded.profilePath, userDataPath: seeded.userDataPath });
  await app.context.addInitScript(nameHelper);
  await app.context.addInitScript(instrument);
  await app.page.reload();
  await indexReady(app.page);
  const startup = await app.page.evaluate(() => {
    const mark = performance.getEntriesByName('kakehashi:search-index-ready')[0] as PerformanceMark;
    const detail = mark.detail as {
      buildMs: number;
      readMs?: number;
      helped?: number;
      helperWaitMs?: number;
      helpersIdleMs?: number;
      indexed: number;
    };
    const tasks = (window as unknown as { benchSearch: BenchState }).benchSearch.longTasks;
    const during = tasks.filter((task) => task.start < mark.startTime).map((task) => task.duration);
    return {
      at: mark.startTime,
      buildMs: detail.buildMs,
      readMs: detail.readMs ?? 0,
      helped: detail.helped ?? 0,
      helperWaitMs: detail.helperWaitMs ?? 0,
      helpersIdleMs: detail.helpersIdleMs ?? 0,
      indexed: detail.indexed,
      longest: Math.max(0, ...during),
    };
  });
  return Object.assign(app, { startup });
}

// The worker saves the index once built; the next start restores it. Waits for a snapshot whose
// save began after `afterEpochMs` (a generation starts with its save's start time in base 36), so
// typing is measured on a worker that has finished the save following its build.
async function waitForSnapshot(page: Page, afterEpochMs: number): Promise<void> {
  // Polled from here: waitForFunction takes a returned promise itself as truthy.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const generation = await snapshotGeneration(page);
    if (parseInt(generation.split('-')[0] ?? '', 36) >= afterEpochMs) return;
    if (Date.now() > deadline) throw new Error('the search index snapshot was not saved within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// The generation of the saved snapshot: a new one after typing means the worker saved meanwhile.
function snapshotGeneration(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('kakehashi-search-index');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('meta')) return resolve('');
          const get = open.result.transaction('meta').objectStore('meta').get('current');
          get.onsuccess = () => resolve((get.result as { generation?: string } | undefined)?.generation ?? '');
          get.onerror = () => resolve('');
        };
      }),
  );
}

async function measure(baseUrl: string, size: CorpusSize): Promise<Figures> {
  const seeded = await seedProfile(baseUrl, size);
  try {
    const first = await start(baseUrl, seeded);
    // Right after the build the snapshot is being written: the live heap is sampled (after a
    // collection each time) until the snapshot is saved, then once more in the steady state.
    const heapSaving = await workerHeapUsed(first.page, 'searchWorker');
    const progress = { saved: false };
    // The worker starts its save as it reports ready; the page marks ready a moment later.
    const readyEpochMs = await first.page.evaluate((at) => Math.floor(performance.timeOrigin + at), first.startup.at);
    const snapshotSaved = waitForSnapshot(first.page, readyEpochMs - 500).then(() => {
      progress.saved = true;
    });
    let heapPeak = heapSaving;
    while (!progress.saved) heapPeak = Math.max(heapPeak, await workerHeapUsed(first.page, 'searchWorker'));
    await snapshotSaved;
    const heap = await workerHeapUsed(first.page, 'searchWorker');
    const generation = await snapshotGeneration(first.page);
    // The keystroke figures come from a pass without tracing (tracing costs every thread time);
    // a second, traced pass tells what the threads were busy with: a busy worker, garbage
    // collection, or threads waiting for a core on a loaded machine.
    const { samples, phases, inTask } = await typeQueries(first.page);
    const threads = await traceThreads(first.page, async () => {
      await typeQueries(first.page);
    });
    const savedWhileTyping = (await snapshotGeneration(first.page)) === generation ? 0 : 1;
    await first.close();
    const second = await start(baseUrl, seeded);
    const restoredHeap = await workerHeapUsed(second.page, 'searchWorker');
    await second.close();
    const traced = await tracedBuild(baseUrl, seeded);
    const sorted = [...samples].sort((a, b) => a - b);
    const phase = (name: keyof Phases, p: number): number =>
      percentile(
        phases.map((entry) => entry[name]).sort((a, b) => a - b),
        p,
      );
    return {
      readyMs: first.startup.at,
      buildMs: first.startup.buildMs,
      readMs: first.startup.readMs,
      helped: first.startup.helped,
      helperWaitMs: first.startup.helperWaitMs,
      helpersIdleMs: first.startup.helpersIdleMs,
      restoredReadyMs: second.startup.at,
      restoredLongestTaskMs: second.startup.longest,
      documents: first.startup.indexed,
      longestTaskMs: first.startup.longest,
      workerHeapMb: heap / 1e6,
      workerHeapSavingMb: heapSaving / 1e6,
      workerHeapPeakSavingMb: heapPeak / 1e6,
      restoredHeapMb: restoredHeap / 1e6,
      tracedReadyMs: traced.readyMs,
      tracedDatabaseMs: traced.databaseMs,
      threads,
      savedWhileTyping,
      keystrokeMedian: percentile(sorted, 0.5),
      keystrokeP95: percentile(sorted, 0.95),
      indexP95: phase('search', 0.95),
      phasesP95: Object.fromEntries(phaseNames.map((name) => [name, phase(name, 0.95)])) as Phases,
      phasesMedian: Object.fromEntries(phaseNames.map((name) => [name, phase(name, 0.5)])) as Phases,
      slowest: [...samples.keys()]
        .sort((a, b) => (samples[b] ?? 0) - (samples[a] ?? 0))
        .slice(0, 4)
        .map((i) => ({ total: samples[i] ?? 0, ...phases[i] })),
      keystrokes: samples.length,
      keystrokesInTask: inTask.filter(Boolean).length,
    };
  } finally {
    await rm(seeded.profilePath, { recursive: true, force: true });
    await rm(seeded.userDataPath, { recursive: true, force: true });
  }
}

/** Runs the search benchmark and reports each figure at both sizes, with the growth between them. */
export async function run(ctx: Context): Promise<void> {
  const only = process.env['KAKEHASHI_BENCH_SEARCH_SCALES'];
  const chosen = only === undefined ? scales : scales.slice(0, Number(only));
  const results: Figures[] = [];
  for (const scale of chosen) {
    const figures = await measure(ctx.baseUrl, scale.size);
    results.push(figures);
    console.error(`search bench: ${scale.label} done`, JSON.stringify(figures, null, 1));
  }
  const rows: readonly [string, NumericFigure, string][] = [
    ['search documents indexed', 'documents', 'documents'],
    ['search index ready after page start, first start (built)', 'readyMs', 'ms'],
    ['search index build in worker, first start', 'buildMs', 'ms'],
    ['search index build, of which reading records', 'readMs', 'ms'],
    ['search index build, documents indexed by build helpers', 'helped', 'documents'],
    ['search index build, of which waiting for build helpers', 'helperWaitMs', 'ms'],
    ['search index build, build helpers done before the search worker', 'helpersIdleMs', 'ms'],
    ['search index ready after page start, restart (restored)', 'restoredReadyMs', 'ms'],
    ['search longest main-thread task until restored', 'restoredLongestTaskMs', 'ms'],
    ['search worker heap after build, while saving the snapshot', 'workerHeapSavingMb', 'MB'],
    ['search worker heap while saving the snapshot, highest sample', 'workerHeapPeakSavingMb', 'MB'],
    ['search worker heap after build, snapshot saved', 'workerHeapMb', 'MB'],
    ['search worker heap after restore', 'restoredHeapMb', 'MB'],
    ['search traced first build, index ready after page start', 'tracedReadyMs', 'ms'],
    ['search traced first build, browser database thread busy', 'tracedDatabaseMs', 'ms'],
    ['search longest main-thread task while indexing', 'longestTaskMs', 'ms'],
    ['search keystroke to rendered results median', 'keystrokeMedian', 'ms'],
    ['search keystroke to rendered results p95', 'keystrokeP95', 'ms'],
    ['search index query p95 (in worker)', 'indexP95', 'ms'],
    ['search keystrokes measured', 'keystrokes', 'keystrokes'],
    ['search keystrokes answered in their own task (answer board)', 'keystrokesInTask', 'keystrokes'],
    ['search snapshot saved again while typing (0 or 1)', 'savedWhileTyping', 'saves'],
  ];
  for (const [name, key, unit] of rows) {
    results.forEach((figures, i) => ctx.report(`${name} (${chosen[i]?.label ?? ''})`, figures[key], unit));
    const [small, large] = [results[0]?.[key], results[1]?.[key]];
    if (small !== undefined && large !== undefined && small > 0 && unit !== 'keystrokes' && unit !== 'saves') {
      ctx.report(`${name} growth 10,000/1,000 companies`, large / small, 'x');
    }
  }
  results.forEach((figures, i) => {
    const label = chosen[i]?.label ?? '';
    for (const thread of figures.threads) {
      ctx.report(
        `search trace while typing, ${thread.thread}, longest task (${label})`,
        thread.longestTasksMs[0] ?? 0,
        'ms',
      );
      ctx.report(`search trace while typing, ${thread.thread}, garbage collection (${label})`, thread.gcTotalMs, 'ms');
      ctx.report(
        `search trace while typing, ${thread.thread}, longest collection (${label})`,
        thread.gcLongestMs,
        'ms',
      );
    }
  });
  for (const name of phaseNames) {
    results.forEach((figures, i) => {
      const label = chosen[i]?.label ?? '';
      ctx.report(`search keystroke phase ${name} median (${label})`, figures.phasesMedian[name], 'ms');
      ctx.report(`search keystroke phase ${name} p95 (${label})`, figures.phasesP95[name], 'ms');
    });
  }
}

// `npx tsx bench/suites/search.ts` runs this suite alone on the production build in dist/renderer.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startRendererServer();
  try {
    await run({
      baseUrl: server.url,
      report: (name, value, unit) =>
        console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`),
    });
  } finally {
    await server.close();
  }
}
