// `npm run handout:sample -- <out.pdf> [--lang en] [--qr <url>]`: prints the handout of a sample
// シーズ説明会 in 置賜 with all 16 sample seed sheets, through the app's print route and Chromium's
// print engine (the harness's page.pdf), so anyone can check the result with poppler.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printHandoutPdf } from '../test/harness/handoutPdf.ts';
import { launchApp } from '../test/harness/launchApp.ts';
import { startRendererServer } from '../test/harness/rendererServer.ts';
import { sampleHandout } from '../test/harness/sampleHandout.ts';
import { putRecords } from '../test/harness/seedDatabase.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'ja' }, qr: { type: 'string' } },
});
const out = positionals[0];
const language = values.lang;
if (out === undefined || (language !== 'ja' && language !== 'en')) {
  console.error('usage: npm run handout:sample -- <out.pdf> [--lang en] [--qr <url>]');
  process.exit(2);
}

const server = await startRendererServer();
const app = await launchApp({ baseUrl: server.url });
try {
  const { event, seeds, programme } = sampleHandout(values.qr === undefined ? {} : { handoutUrl: values.qr });
  await putRecords(app.page, { seeds, events: [event], programmes: [programme] });
  const file = resolve(out);
  await mkdir(dirname(file), { recursive: true });
  const { overflowingPages } = await printHandoutPdf(app.page, server.url, event.id, language, file);
  console.log(`handout: ${file} (${language}, ${seeds.length} seeds, ${seeds.length + 4} pages expected)`);
  if (overflowingPages > 0) {
    console.error(`warning: text does not fit on ${overflowingPages} page(s)`);
    process.exitCode = 1;
  }
} finally {
  await app.close();
  await server.close();
}
