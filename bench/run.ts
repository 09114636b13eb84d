// `npm run bench [-- suite ...]`: runs the benchmark suites in bench/suites against the production
// renderer build in Debian's Chromium and prints one line per figure: `name: value unit`.
import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { startRendererServer } from '../test/harness/rendererServer.ts';
import type { BenchSuite } from './benchContext.ts';

const wanted = process.argv.slice(2);
const suiteDir = new URL('./suites/', import.meta.url);
const files = (await readdir(suiteDir)).filter((name) => name.endsWith('.ts')).sort();
const selected = files.filter((name) => wanted.length === 0 || wanted.includes(basename(name, '.ts')));
if (selected.length === 0) {
  console.error(`No suite named ${wanted.join(', ')}. Suites: ${files.map((f) => basename(f, '.ts')).join(', ')}`);
  process.exit(1);
}

const server = await startRendererServer();
const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));
try {
  for (const file of selected) {
    const suite = (await import(new URL(file, suiteDir).href)) as BenchSuite;
    const name = basename(file, '.ts');
    console.log(`# ${name}`);
    await suite.run({
      baseUrl: server.url,
      report: (figure, value, unit) => console.log(`${figure}: ${format(value)} ${unit}`),
    });
  }
} finally {
  await server.close();
}
