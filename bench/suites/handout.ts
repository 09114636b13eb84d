// Handout PDFs: time to print the 16-seed sample handout and a 60-seed one, through the print
// route (fonts loaded, pages fitted) and Chromium's print engine, so the growth shows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHandoutPdf } from '../../test/harness/handoutPdf.ts';
import { launchApp } from '../../test/harness/launchApp.ts';
import { pdfInfo } from '../../test/harness/poppler.ts';
import { sampleHandout } from '../../test/harness/sampleHandout.ts';
import { putRecords } from '../../test/harness/seedDatabase.ts';
import { median, type BenchContext } from '../benchContext.ts';

const runs = 3;
const sizes = [16, 60] as const;

/** Median time from opening the print route to a written PDF, per seed count, and the ratio. */
export async function run({ baseUrl, report }: BenchContext): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-bench-handout-'));
  const app = await launchApp({ baseUrl });
  try {
    const medians = new Map<number, number>();
    for (const size of sizes) {
      const { event, seeds, programme } = sampleHandout({ seedCount: size });
      await putRecords(app.page, { seeds, events: [event], programmes: [programme] });
      const times: number[] = [];
      const file = join(folder, `handout-${size}.pdf`);
      for (let i = 0; i < runs; i += 1) {
        await app.page.goto(baseUrl);
        const started = performance.now();
        await printHandoutPdf(app.page, baseUrl, event.id, 'ja', file);
        times.push(performance.now() - started);
      }
      const pages = (await pdfInfo(file)).pages;
      medians.set(size, median(times));
      report(
        `handout.pdf-${size}-seeds (route to written PDF, ${pages} pages, median of ${runs})`,
        median(times),
        'ms',
      );
    }
    const [small, large] = sizes.map((size) => medians.get(size) ?? Number.NaN);
    if (small !== undefined && large !== undefined) {
      report(`handout.pdf-growth (${sizes[1]} seeds / ${sizes[0]} seeds)`, large / small, 'x');
    }
  } finally {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  }
}
