// Entry bundled for the app page (test/harness/bundleForPage.ts): the repository suite and the
// insert benchmark, run in real Chromium against its IndexedDB.
import { repositorySuite } from '../suites/repositorySuite.ts';
export { insertBenchmark } from './insertBenchmark.ts';

/** Runs every case of the repository suite on the page's IndexedDB; returns each outcome. */
export async function runRepositorySuite(): Promise<{ name: string; error: string | null }[]> {
  const results: { name: string; error: string | null }[] = [];
  for (const testCase of repositorySuite({ options: (name) => ({ name }) })) {
    try {
      await testCase.run();
      results.push({ name: testCase.name, error: null });
    } catch (error) {
      results.push({
        name: testCase.name,
        error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
      });
    }
  }
  return results;
}
