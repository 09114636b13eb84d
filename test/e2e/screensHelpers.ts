// Helpers of the screens' end-to-end tests: the app's own repositories in the page, and axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Repositories } from '../../renderer/src/db/repositories.ts';
import { expect } from './fixtures.ts';

/** What the AutomationBridge puts on window when asked to. */
export type AutomationWindow = Window & { __kakehashi?: { repositories: Repositories } };

/** Reloads the page with the automation bridge on, and waits until the repositories are there. */
export async function enableAutomation(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as Window & { __kakehashiAutomation?: boolean }).__kakehashiAutomation = true;
  });
  await page.reload();
  await page.waitForFunction(() => (window as AutomationWindow).__kakehashi !== undefined);
}

/** Opens a route of the app (`/companies/…`). */
export async function openRoute(page: Page, route: string): Promise<void> {
  await page.goto(new URL(`#${route}`, page.url()).href);
}

/** Fails with the list of violations when axe finds any on the current screen. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A valid 法人番号 built from twelve digits (the check digit computed as the NTA defines it). */
export function corporateNumber(base12: string): string {
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) sum += Number(base12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base12}`;
}
