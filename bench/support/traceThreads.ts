import type { Page } from 'playwright-core';

type TraceEvent = Readonly<{
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: unknown;
}>;

/** What occupied each thread while a trace ran: its longest tasks and its garbage collections. */
export type ThreadSummary = Readonly<{
  thread: string;
  longestTasksMs: readonly number[];
  /** What the longest tasks were busy with: the longest event inside each (name and script function). */
  longestTasksInside: readonly string[];
  gcCount: number;
  gcTotalMs: number;
  gcLongestMs: number;
}>;

const gcNames = new Set([
  'MajorGC',
  'MinorGC',
  'V8.GCScavenger',
  'V8.GCFinalizeMC',
  'V8.GCCompactor',
  'BlinkGC.AtomicPhase',
]);

/**
 * Records a Chromium trace (DevTools timeline and V8 GC categories) around `during` and sums up,
 * per thread, the longest top-level tasks and the time spent collecting garbage: the benchmark
 * uses it to tell a busy worker from a descheduled one.
 */
export async function traceThreads(page: Page, during: () => Promise<void>): Promise<ThreadSummary[]> {
  const events = await recordTrace(
    page,
    ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'v8.gc'],
    during,
  );
  const names = new Map<string, string>();
  for (const event of events) {
    if (event.name === 'thread_name') {
      const args = event.args as { name?: string } | undefined;
      names.set(`${event.pid}:${event.tid}`, `${args?.name ?? 'thread'} ${event.tid}`);
    }
  }
  const threads = new Map<string, { tasks: TraceEvent[]; gc: number[]; all: TraceEvent[] }>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined) continue;
    const thread = names.get(`${event.pid}:${event.tid}`) ?? `${event.pid}:${event.tid}`;
    if (!/CrRendererMain|DedicatedWorker/u.test(thread)) continue;
    const entry = threads.get(thread) ?? { tasks: [], gc: [], all: [] };
    threads.set(thread, entry);
    if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') entry.tasks.push(event);
    else entry.all.push(event);
    if (gcNames.has(event.name)) entry.gc.push(event.dur / 1000);
  }
  const inside = (task: TraceEvent, all: readonly TraceEvent[]): string => {
    const end = task.ts + (task.dur ?? 0);
    const within = all.filter((event) => event.ts >= task.ts && event.ts < end && (event.dur ?? 0) > 0);
    const top = within.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 3);
    return top
      .map((event) => {
        const data = (event.args as { data?: { functionName?: string; url?: string } } | undefined)?.data;
        const where =
          data?.functionName === undefined ? '' : ` ${data.functionName}@${(data.url ?? '').split('/').pop() ?? ''}`;
        return `${event.name}${where} ${((event.dur ?? 0) / 1000).toFixed(1)} ms`;
      })
      .join(' > ');
  };
  return [...threads].map(([thread, { tasks, gc, all }]) => ({
    thread,
    longestTasksMs: tasks
      .map((task) => (task.dur ?? 0) / 1000)
      .sort((a, b) => b - a)
      .slice(0, 5),
    longestTasksInside: tasks
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 3)
      .map((task) => inside(task, all)),
    gcCount: gc.length,
    gcTotalMs: gc.reduce((sum, ms) => sum + ms, 0),
    gcLongestMs: Math.max(0, ...gc),
  }));
}

/** Records a Chromium trace of every process, in the given categories, around `during`. */
async function recordTrace(
  page: Page,
  categories: readonly string[],
  during: () => Promise<void>,
): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories] },
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

/**
 * How long the browser's IndexedDB thread was busy around `during`: the tasks of the thread that
 * ran the database's reads (`Database::GetAllOperation`), summed. Every read of every page and
 * worker of an origin goes through that one thread.
 */
export async function traceDatabaseThread(page: Page, during: () => Promise<void>): Promise<number> {
  const events = await recordTrace(page, ['toplevel', 'IndexedDB'], during);
  const reader = events.find((event) => event.name === 'Database::GetAllOperation');
  if (reader === undefined)
    throw new Error(
      "the trace holds no IndexedDB read (no 'Database::GetAllOperation' event): this Chromium names its IndexedDB tasks otherwise; look for them in a trace with the 'IndexedDB' category",
    );
  return (
    events
      .filter(
        (event) =>
          event.pid === reader.pid &&
          event.tid === reader.tid &&
          event.ph === 'X' &&
          event.name === 'ThreadPool_RunTask',
      )
      .reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000
  );
}
