// Entry bundled for the app page (test/harness/bundleForPage.ts): the import benchmark.
export { importBenchmark } from './importBenchmark.ts';
