// Counts in English agree with their noun ("1 need", "2 needs"); Japanese has one form.
import { en } from '#shared/i18n/en';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { enableAutomation, openRoute, type AutomationWindow } from './screensHelpers.ts';

test('the company list and the needs count say "1 need" and "2 needs" in English', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  await page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    const one = await repos.companies.create({ name: '一件食品', kind: 'foodMaker' });
    const two = await repos.companies.create({ name: '二件食品', kind: 'foodMaker' });
    await repos.needs.create({ companyId: one.id, title: '鮮度保持', field: 'food' });
    await repos.needs.create({ companyId: two.id, title: '褐変防止', field: 'food' });
    await repos.needs.create({ companyId: two.id, title: '糖度測定', field: 'food' });
  });
  await page.getByLabel(ja.shell.language).selectOption('en');
  await openRoute(page, '/companies');
  const listItem = (name: string) => page.getByRole('listitem').filter({ hasText: name });
  await expect(listItem('一件食品').first()).toContainText(
    en.screens.companies.openNeeds_one.replace('{{count}}', '1'),
  );
  await expect(listItem('一件食品').first()).not.toContainText('1 needs');
  await expect(listItem('二件食品').first()).toContainText(
    en.screens.companies.openNeeds_other.replace('{{count}}', '2'),
  );

  await openRoute(page, '/needs');
  await expect(page.getByText('3 needs', { exact: true })).toBeVisible();

  await page.getByLabel(en.shell.language).selectOption('ja');
  await openRoute(page, '/companies');
  await expect(listItem('一件食品').first()).toContainText('ニーズ 1');
});
