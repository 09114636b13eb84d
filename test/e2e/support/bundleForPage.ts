import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * Bundles a module into a script for `page.evaluate`: tests and benchmarks write records through
 * the app's own repositories inside the page (same origin, same IndexedDB) without a UI for it.
 * `page.evaluate` runs through DevTools, so the app's CSP (no inline scripts) stays as it is.
 */
export async function bundleForPage(entry: URL): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild produced nothing for ${entry.href}`);
  return output.text;
}
