import { bundleForPage } from '../harness/bundleForPage.ts';
import { expect, test } from './fixtures.ts';

// The repository suite of test/unit/data/repositories.test.ts, bundled for production and run in
// real Chromium on the app page's IndexedDB (same cases, real storage engine).
test('the repository suite passes in real Chromium', async ({ app }) => {
  const script = await bundleForPage(new URL('../browser/dataEntry.ts', import.meta.url), 'kakehashiData');
  await app.page.evaluate(script);
  const results = await app.page.evaluate(async () => {
    const data = (
      globalThis as unknown as {
        kakehashiData: { runRepositorySuite(): Promise<{ name: string; error: string | null }[]> };
      }
    ).kakehashiData;
    return data.runRepositorySuite();
  });
  expect(results.length).toBeGreaterThan(10);
  expect(results.filter((r) => r.error !== null)).toEqual([]);
});
