// Helpers of the visit and seed end-to-end tests: records written through the app's own
// repositories in the page (the automation bridge), routes, and axe.
import type { Page } from '@playwright/test';
import { enableAutomation, type AutomationWindow } from './screensHelpers.ts';

export { expectNoAxeViolations, openRoute } from './screensHelpers.ts';

/** What `seedVisitRecords` made. */
export type VisitRecords = Readonly<{ companyId: string; companyName: string; freshnessSeedId: string }>;

/** One company and two seed sheets, written through the app's own repositories. */
export async function seedVisitRecords(page: Page): Promise<VisitRecords> {
  await enableAutomation(page);
  return page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
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

/** Reads the needs as stored, through the repositories (after `seedVisitRecords`). */
export async function storedNeeds(page: Page): Promise<{ title: string; companyId: string; sourceVisitId: string }[]> {
  return page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    return (await repos.needs.list()).map(({ title, companyId, sourceVisitId }) => ({
      title,
      companyId,
      sourceVisitId,
    }));
  });
}
