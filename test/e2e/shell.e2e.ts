import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ja } from '#shared/i18n/ja';
import { en } from '#shared/i18n/en';
import { expect, test } from './fixtures.ts';

const sectionKeys = ['home', 'companies', 'visits', 'needs', 'seeds', 'events', 'reports', 'sync', 'settings'] as const;

test('the shell loads and every navigation item opens its page', async ({ app }) => {
  const { page } = app;
  const nav = page.getByRole('navigation', { name: ja.nav.label });
  await expect(nav).toBeVisible();
  for (const key of sectionKeys) {
    await nav.getByRole('link', { name: ja.nav[key], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.nav[key]);
    await expect(nav.getByRole('link', { name: ja.nav[key], exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('no page breaks the content security policy or throws', async ({ app }) => {
  const { page } = app;
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const nav = page.getByRole('navigation', { name: ja.nav.label });
  for (const key of sectionKeys) {
    await nav.getByRole('link', { name: ja.nav[key], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.nav[key]);
  }
  expect(problems).toEqual([]);
});

test('an unknown route says so and leads home', async ({ app }) => {
  const { page } = app;
  await page.goto(new URL('#/no-such-page', page.url()).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.errors.notFound);
  await page.getByRole('link', { name: ja.errors.backToHome }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.nav.home);
});

test('the language switch changes visible text and survives a reload', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('link', { name: ja.nav.companies, exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await page.getByLabel(ja.shell.language).selectOption('en');
  await expect(page.getByRole('link', { name: en.nav.companies, exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('link', { name: en.nav.companies, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: ja.nav.companies, exact: true })).toHaveCount(0);
});

test('the language choice is kept in the settings file of the user-data folder', async ({ app, launch }) => {
  await app.page.getByLabel(ja.shell.language).selectOption('en');
  await expect(app.page.getByRole('link', { name: en.nav.home, exact: true })).toBeVisible();
  // A new Chromium profile on the same user-data folder: only the main-process settings carry the choice.
  const again = await launch({ userDataPath: app.userDataPath });
  await expect(again.page.getByRole('link', { name: en.nav.home, exact: true })).toBeVisible();
});

test('the connection indicator follows the network', async ({ app }) => {
  const { page } = app;
  const context = app.context;
  await expect(page.getByRole('status').filter({ hasText: ja.shell.online })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: ja.shell.offline })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: ja.shell.online })).toBeVisible();
});

test('a corrupt settings file is reported on screen and defaults are used', async ({ app, launch }) => {
  await app.context.close();
  await writeFile(join(app.userDataPath, 'settings.json'), '{"language": "en", ');
  const again = await launch({ userDataPath: app.userDataPath });
  await expect(again.page.getByRole('alert')).toContainText('設定ファイルを読み込めなかった');
  await expect(again.page.getByRole('link', { name: ja.nav.home, exact: true })).toBeVisible();
});

test('a failing host call shows a readable error screen instead of a white window', async ({ launch }) => {
  const { page } = await launch({
    handlerOverrides: {
      'settings:get': () => {
        throw new Error('settings store unavailable');
      },
    },
  });
  await expect(page.getByRole('alert')).toContainText(ja.errors.title);
  await expect(page.getByRole('alert')).toContainText(ja.errors.boundaryHelp);
  await page.getByText(ja.errors.details).click();
  await expect(page.getByRole('alert')).toContainText('settings store unavailable');
  await expect(page.getByRole('button', { name: ja.errors.reload })).toBeVisible();
});

test('the settings page shows where the data is kept', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: ja.nav.settings, exact: true }).click();
  await expect(page.getByText(app.userDataPath)).toBeVisible();
});

test('axe finds no accessibility violations on the shell', async ({ app }) => {
  const { page } = app;
  for (const key of ['home', 'settings'] as const) {
    await page.getByRole('link', { name: ja.nav[key], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.nav[key]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.getByRole('complementary').getByLabel(ja.shell.language).selectOption('en');
  await expect(page.getByRole('link', { name: en.nav.home, exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
