// Finding things: "show all" opens the full list by kind; romaji typed with the IME off and
// 異体字 or ㈱ written the other way find what a coordinator means.
import type { Page } from '@playwright/test';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { enableAutomation, expectNoAxeViolations, type AutomationWindow } from './screensHelpers.ts';

async function openQuickSearch(page: Page) {
  await expect(page.getByRole('button', { name: new RegExp(ja.search.open) })).toBeVisible();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: ja.search.dialogLabel });
  await expect(dialog).toBeVisible();
  return {
    dialog,
    box: dialog.getByRole('combobox', { name: ja.search.inputLabel }),
    companies: dialog.getByRole('listbox').getByRole('group', { name: ja.search.kinds.company }),
  };
}

test('quick search stops at six companies; "show all" lists every one on a results page', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  await page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    for (let i = 1; i <= 9; i++) await repos.companies.create({ name: `山形食品工業${i}号`, kind: 'foodMaker' });
  });
  const { dialog, box, companies } = await openQuickSearch(page);
  await box.fill('山形食品');
  await expect(companies.getByRole('option')).toHaveCount(6);
  const showAll = dialog.getByRole('link', {
    name: ja.search.showAll.replace('{{kind}}', ja.search.kinds.company),
  });
  await showAll.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ja.search.results.title.replace('{{query}}', '山形食品'),
  );
  const group = page.getByRole('region', {
    name: ja.search.results.kindCount_other.replace('{{kind}}', ja.search.kinds.company).replace('{{count}}', '9'),
  });
  await expect(group.getByRole('link')).toHaveCount(9);
  await expectNoAxeViolations(page);
  await group.getByRole('link', { name: '山形食品工業9号' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山形食品工業9号');
});

test('romaji with the IME off finds the kana; 異体字 and ㈱ written either way find the company', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  await page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    await repos.companies.create({
      name: '株式会社サクランボ研究所',
      nameKana: 'さくらんぼけんきゅうじょ',
      kind: 'foodMaker',
    });
    await repos.companies.create({ name: 'やまがたフーズ', kind: 'foodMaker' });
    await repos.companies.create({ name: '㈱髙橋農園', kind: 'agriCorporation' });
    await repos.companies.create({ name: '有限会社渡邉醸造', kind: 'foodMaker' });
  });
  const { box, companies } = await openQuickSearch(page);
  const expectOnly = async (query: string, name: string) => {
    await box.fill(query);
    await expect(companies.getByRole('option')).toHaveCount(1);
    await expect(companies.getByRole('option')).toContainText(name);
  };
  await expectOnly('sakuranbo', '株式会社サクランボ研究所');
  await expectOnly('yamagata', 'やまがたフーズ');
  await expectOnly('高橋', '㈱髙橋農園');
  await expectOnly('株式会社高橋', '㈱髙橋農園');
  await expectOnly('(有)渡辺', '有限会社渡邉醸造');
  await expectOnly('渡邊', '有限会社渡邉醸造');
});
