// The report of one fiscal year over 100,000 visits (10,000 companies, two fiscal years of visits
// so the comparison with last year has data): milliseconds from opening the route to every chart
// drawn, the page's longest frame gap meanwhile (the figures are counted in a worker), and the
// workbook export of that year. Data is written through the app's repositories in bulk.
import type { Page } from 'playwright-core';
import { launchApp } from '../../test/harness/launchApp.ts';
import type { Repositories } from '../../renderer/src/db/repositories.ts';
import { median, type BenchContext } from '../benchContext.ts';

type BenchWindow = Window & { __kakehashi?: { repositories: Repositories } };

const scale = { companies: 10_000, visits: 100_000 };
const runs = 3;
const tables = 19;

async function load(page: Page): Promise<void> {
  await page.evaluate(async (scale) => {
    const { repositories } = (window as BenchWindow).__kakehashi!;
    const kinds = ['ja', 'agriCorporation', 'farmer', 'foodMaker', 'medical', 'financial'] as const;
    const purposes = ['needsDiscovery', 'seedIntroduction', 'followUp', 'jointResearchMeeting', 'other'] as const;
    const municipalities = ['06201', '06202', '06203', '06204', '06205', '06206', '06210', '06213'];
    const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
    const chunk = async <T, R>(items: T[], size: number, write: (part: T[]) => Promise<R[]>): Promise<R[]> => {
      const out: R[] = [];
      for (let i = 0; i < items.length; i += size) out.push(...(await write(items.slice(i, i + size))));
      return out;
    };
    const companies = await chunk(
      Array.from({ length: scale.companies }, (_, i) => ({
        name: `企業${i}`,
        kind: pick(kinds, i),
        municipality: pick(municipalities, i * 7),
      })),
      2_000,
      (part) => repositories.companies.bulkCreate(part),
    );
    const ids = companies.map((c) => c.id);
    // 1 April 2024 to 31 March 2026: FY2024 and FY2025.
    const day = (offset: number) => new Date(Date.UTC(2024, 3, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    await chunk(
      Array.from({ length: scale.visits }, (_, i) => ({
        companyId: ids[(i * 7919) % ids.length]!,
        date: day((i * 31) % 730),
        purpose: pick(purposes, i),
        coordinator: `コーディネーター${i % 6}`,
        state: 'final' as const,
      })),
      5_000,
      (part) => repositories.visits.bulkCreate(part),
    );
  }, scale);
}

/**
 * Waits until frames come steadily again (60 frames under 25 ms in a row, at most 90 s) after the
 * bulk load, as the screens suite does: the search worker indexes the new records meanwhile.
 */
async function settle(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = performance.now();
    let steady = 0;
    let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    while (steady < 60 && performance.now() - started < 90_000) {
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      steady = now - last < 25 ? steady + 1 : 0;
      last = now;
    }
    return performance.now() - started;
  });
}

/** Opens the report of FY2025 and waits for every chart; returns the time and the longest frame gap. */
async function openReport(page: Page): Promise<{ ms: number; gap: number }> {
  await page.evaluate(() => {
    location.hash = '#/settings';
  });
  await page.waitForFunction(() => location.hash === '#/settings');
  return page.evaluate(async (tables) => {
    const started = performance.now();
    location.hash = '#/reports?fy=2025';
    let gap = 0;
    let last = started;
    while (document.querySelectorAll('.report-chart svg').length < tables) {
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      gap = Math.max(gap, now - last);
      last = now;
      if (now - started > 120_000) throw new Error('the report did not draw in 2 minutes');
    }
    return { ms: performance.now() - started, gap };
  }, tables);
}

/** Report of one fiscal year over 100,000 visits: time to the drawn charts, frame gap, workbook export. */
export async function run({ baseUrl, report }: BenchContext): Promise<void> {
  const app = await launchApp({ baseUrl });
  try {
    const { page } = app;
    await page.addInitScript({ content: 'window.__name = (f) => f; window.__kakehashiAutomation = true;' });
    await page.reload();
    await page.waitForFunction(() => (window as BenchWindow).__kakehashi !== undefined);
    await page.evaluate(() => {
      location.hash = '#/settings';
    });
    const loadStarted = performance.now();
    await load(page);
    report('load 100k visits', performance.now() - loadStarted, 'ms');
    report('settle after the load', await settle(page), 'ms');
    const opened: { ms: number; gap: number }[] = [];
    for (let i = 0; i < runs; i += 1) opened.push(await openReport(page));
    report('report FY2025 to drawn charts (median)', median(opened.map((o) => o.ms)), 'ms');
    report('report FY2025 longest frame gap (max)', Math.max(...opened.map((o) => o.gap)), 'ms');
    const visits = await page
      .locator('.report-table[aria-label] table')
      .first()
      .locator('tbody td a')
      .first()
      .textContent();
    report('report FY2025 visits in 村山', Number(visits), 'visits');
    const started = performance.now();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.locator('.report-page .page-header button').first().click();
    await download;
    report('report FY2025 workbook export', performance.now() - started, 'ms');
  } finally {
    await app.close();
  }
}
