// Builds the renderer (Vite) and the Electron main and preload bundles (esbuild) into dist/.
import { build as esbuild } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { build as viteBuild } from 'vite';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
// Runtime dependencies ship inside the packaged app, so main loads them from node_modules.
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

const started = Date.now();
await viteBuild({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
await Promise.all([
  esbuild({
    entryPoints: ['main/src/electron-main/main.ts'],
    outfile: 'dist/main/main.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external,
    sourcemap: true,
    logLevel: 'warning',
  }),
  // Sandboxed preloads must be CommonJS and may only require('electron').
  esbuild({
    entryPoints: ['preload/src/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
  }),
]);
console.log(`build: renderer, main and preload written to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
