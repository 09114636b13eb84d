// Helpers of the visit and seed end-to-end tests: records written through the app's repositories
// in the page, routes, and axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { SeedApi } from './support/seedInPage.ts';
import { bundleForPage } from '../harness/bundleForPage.ts';
import { expect } from './fixtures.ts';

const seedScript = bundleForPage(new URL('./support/seedInPage.ts', import.meta.url), 'kakehashiSeedBundle');

/** What `seedVisitRecords` made. */
export type VisitRecords = Readonly<{ companyId: string; companyName: string; freshnessSeedId: string }>;

/** One company and two seed sheets, written through the app's own repositories. */
export async function seedVisitRecords(page: Page): Promise<VisitRecords> {
  await page.evaluate(await seedScript);
  return page.evaluate(async () => {
    const repos = await (window as unknown as { kakehashiSeed: SeedApi }).kakehashiSeed.repositories();
    const company = await repos.companies.create({
      name: '株式会社テスト果樹加工',
      kind: 'foodMaker',
      municipality: '06201',
    });
    const freshness = await repos.seeds.create({
      title: '果肉の鮮度保持技術',
      field: 'food',
      stage: 'applied',
      keywords: ['ペクチン', '鮮度保持'],
    });
    await repos.seeds.create({
      title: 'イネの病害早期診断',
      field: 'agriculture',
      stage: 'basic',
      keywords: ['画像解析'],
    });
    return { companyId: company.id, companyName: company.name, freshnessSeedId: freshness.id };
  });
}

/** Reads a need as stored, through the repositories (the bundle must have been evaluated). */
export async function storedNeeds(page: Page): Promise<{ title: string; companyId: string; sourceVisitId: string }[]> {
  return page.evaluate(async () => {
    const repos = await (window as unknown as { kakehashiSeed: SeedApi }).kakehashiSeed.repositories();
    return (await repos.needs.list()).map(({ title, companyId, sourceVisitId }) => ({
      title,
      companyId,
      sourceVisitId,
    }));
  });
}

/** Opens a route of the app (`/visits/…`). */
export async function openRoute(page: Page, route: string): Promise<void> {
  await page.goto(new URL(`#${route}`, page.url()).href);
}

/** Fails with the list of violations when axe finds any on the current screen. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
