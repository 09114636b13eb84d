// Cold start of the renderer: a new Chromium profile and user-data folder each run.
import { launchApp } from '../../test/harness/launchApp.ts';
import { median, type BenchContext } from '../benchContext.ts';

const runs = 5;

/** Time from navigation to the painted shell, and the app database's open time. */
export async function run({ baseUrl, report }: BenchContext): Promise<void> {
  const paint: number[] = [];
  const launch: number[] = [];
  const idbOpen: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const app = await launchApp({ baseUrl });
    try {
      await app.page.waitForFunction(() => performance.getEntriesByName('kakehashi:shell-painted').length > 0);
      launch.push(performance.now() - started);
      paint.push(
        await app.page.evaluate(() => performance.getEntriesByName('kakehashi:shell-painted')[0]?.startTime ?? NaN),
      );
      await app.page.waitForFunction(() => performance.getEntriesByName('kakehashi:db-open').length > 0);
      idbOpen.push(
        await app.page.evaluate(() => performance.getEntriesByName('kakehashi:db-open')[0]?.duration ?? NaN),
      );
    } finally {
      await app.close();
    }
  }
  report('startup.first-meaningful-paint (navigation to painted shell, median of 5 cold starts)', median(paint), 'ms');
  report('startup.launch-to-paint (Chromium launch + load + paint, median)', median(launch), 'ms');
  report('startup.indexeddb-open (app database created on first start, median)', median(idbOpen), 'ms');
}
