// Insert throughput of the data layer with change capture, next to a plain bulkPut, in real Chromium.
import { bundleForPage } from '../../test/harness/bundleForPage.ts';
import { launchApp } from '../../test/harness/launchApp.ts';
import type { BenchContext } from '../benchContext.ts';
import type { Figure } from '../../test/browser/insertBenchmark.ts';

/** 10,000 companies + 100,000 visits through the repositories vs a raw bulkPut of the same records. */
export async function run({ baseUrl, report }: BenchContext): Promise<void> {
  // A smaller run for a quick look: KAKEHASHI_BENCH_COMPANIES=1000 npm run bench -- data
  const companies = Number(process.env['KAKEHASHI_BENCH_COMPANIES'] ?? 10_000);
  const script = await bundleForPage(new URL('../../test/browser/dataEntry.ts', import.meta.url), 'kakehashiData');
  const app = await launchApp({ baseUrl });
  try {
    await app.page.evaluate(script);
    const figures = await app.page.evaluate(async (count) => {
      const data = (globalThis as unknown as { kakehashiData: { insertBenchmark(n: number): Promise<Figure[]> } })
        .kakehashiData;
      return data.insertBenchmark(count);
    }, companies);
    for (const figure of figures) report(figure.name, figure.value, figure.unit);
  } finally {
    await app.close();
  }
}
