import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * Bundles a test entry into one production-mode script that sets `globalThis[globalName]`, for
 * `page.evaluate` on the app page: the code then runs in real Chromium on the page's IndexedDB.
 */
export async function bundleForPage(entry: URL, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild produced nothing for ${entry.href}`);
  // An IIFE with globalName declares a `var`; make it a property of the page's global object.
  return `${output.text}\nglobalThis.${globalName} = ${globalName};`;
}
