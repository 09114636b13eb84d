import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import {
  corporateNumber,
  enableAutomation,
  expectNoAxeViolations,
  openRoute,
  type AutomationWindow,
} from './screensHelpers.ts';

const fields = ja.data.fields.company;
const message = (key: keyof typeof ja.data.validation, field: string) =>
  ja.data.validation[key].replace('{{field}}', field);

test('a company with a bad postal code and corporate number shows field messages, then saves once fixed', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('link', { name: ja.nav.companies, exact: true }).click();
  await page.getByRole('link', { name: ja.screens.companies.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.screens.companies.createTitle);
  // The first field has the focus: typing goes straight into it.
  await expect(page.getByLabel(fields.name, { exact: true })).toBeFocused();
  await page.keyboard.type('出羽発酵食品');
  await page.getByLabel(fields.nameKana, { exact: true }).fill('でわはっこうしょくひん');
  await page.getByLabel(fields.kind, { exact: true }).selectOption({ label: ja.data.companyKinds.foodMaker });
  await page.getByLabel(fields.corporateNumber, { exact: true }).fill('1234567890123');
  await page.getByLabel(fields.postalCode, { exact: true }).fill('99-70035');
  await page.getByLabel(fields.name, { exact: true }).press('Enter');

  const postal = page.getByLabel(fields.postalCode, { exact: true });
  const corporate = page.getByLabel(fields.corporateNumber, { exact: true });
  await expect(page.getByText(message('postalCode', fields.postalCode))).toBeVisible();
  await expect(page.getByText(message('corporateNumber', fields.corporateNumber))).toBeVisible();
  await expect(postal).toHaveAttribute('aria-invalid', 'true');
  await expect(postal).toHaveAccessibleDescription(message('postalCode', fields.postalCode));
  await expect(corporate).toHaveAttribute('aria-invalid', 'true');
  // Nothing was written: the list is still empty.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.screens.companies.createTitle);
  await expectNoAxeViolations(page);

  // A complete code fills the municipality and the beginning of the address from Japan Post's data.
  await postal.fill('997-0035');
  await expect(
    page.getByText(ja.screens.companies.postalPlace.replace('{{place}}', '山形県鶴岡市馬場町')),
  ).toBeVisible();
  await expect(page.getByLabel(fields.municipality, { exact: true })).toHaveValue('06203');
  await expect(page.getByLabel(fields.address, { exact: true })).toHaveValue('山形県鶴岡市馬場町');
  await page.getByLabel(fields.address, { exact: true }).press('End');
  await page.keyboard.type('9-22');
  await corporate.fill(corporateNumber('700110005901'));
  await page.getByLabel(fields.address, { exact: true }).press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('出羽発酵食品');
  await expect(page.getByText(ja.data.regions.shonai, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: ja.screens.companies.recordVisit })).toHaveAttribute(
    'href',
    /#\/visits\/new\?company=[0-9A-Z]{26}$/,
  );
  await expectNoAxeViolations(page);
});

test('a postal code outside Yamagata sets the municipality to 県外', async ({ app }) => {
  const { page } = app;
  await openRoute(page, '/companies/new');
  await page.getByLabel(fields.postalCode, { exact: true }).fill('１００－０００１');
  await expect(
    page.getByText(ja.screens.companies.postalPlaceOutside.replace('{{place}}', '東京都千代田区千代田')),
  ).toBeVisible();
  await expect(page.getByLabel(fields.municipality, { exact: true })).toHaveValue('outside');
  await expect(page.getByLabel(fields.address, { exact: true })).toHaveValue('東京都千代田区千代田');
});

test('a postal code never replaces what the user chose or typed, and an unlisted code falls back to the prefix', async ({
  app,
}) => {
  const { page } = app;
  await openRoute(page, '/companies/new');
  const postal = page.getByLabel(fields.postalCode, { exact: true });
  const municipality = page.getByLabel(fields.municipality, { exact: true });
  const address = page.getByLabel(fields.address, { exact: true });
  // The prefectural government's own code is not in the residential data: only the prefix speaks.
  await postal.fill('990-8570');
  await expect(page.getByText(ja.screens.companies.postalInYamagata)).toBeVisible();
  await expect(municipality).toHaveValue('');
  await expect(address).toHaveValue('');

  await address.fill('山形市松波二丁目8-1');
  await municipality.selectOption({ label: '天童市' });
  await postal.fill('990-0021');
  await expect(
    page.getByText(ja.screens.companies.postalPlace.replace('{{place}}', '山形県山形市小白川町')),
  ).toBeVisible();
  await expect(municipality).toHaveValue('06210');
  await expect(address).toHaveValue('山形市松波二丁目8-1');

  // What the code itself filled is replaced when the code changes.
  await municipality.selectOption({ label: ja.screens.common.unset });
  await address.fill('');
  await postal.fill('999-1300');
  await expect(municipality).toHaveValue('06401');
  await expect(address).toHaveValue('山形県西置賜郡小国町');
  await postal.fill('997-0035');
  await expect(municipality).toHaveValue('06203');
  await expect(address).toHaveValue('山形県鶴岡市馬場町');
});

test('Esc leaves the form without saving', async ({ app }) => {
  const { page } = app;
  await openRoute(page, '/companies/new');
  await page.getByLabel(fields.name, { exact: true }).fill('保存しない会社');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.screens.companies.title);
  await expect(page.getByText(ja.screens.companies.emptyAll)).toBeVisible();
});

test('the list filters and finds a company; its page shows its visits and needs', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  const companyId = await page.evaluate(async () => {
    const { repositories } = (window as AutomationWindow).__kakehashi!;
    const made = await repositories.companies.bulkCreate([
      {
        name: '庄内ファーム',
        nameKana: 'しょうないふぁーむ',
        kind: 'agriCorporation',
        municipality: '06204',
        fields: ['agriculture'],
      },
      {
        name: '米沢メディカル',
        nameKana: 'よねざわめでぃかる',
        kind: 'medical',
        municipality: '06202',
        fields: ['medical'],
      },
      { name: '酒田発酵', nameKana: 'さかたはっこう', kind: 'foodMaker', municipality: '06204', fields: ['food'] },
    ]);
    const sakata = made[2]!;
    await repositories.visits.create({
      companyId: sakata.id,
      date: '2026-05-12',
      purpose: 'needsDiscovery',
      summary: '麹の香りを強めたいとの相談',
      state: 'final',
    });
    await repositories.needs.create({
      companyId: sakata.id,
      title: '香りの強い麹',
      field: 'food',
      keywords: ['発酵', '香り'],
    });
    return sakata.id;
  });

  await openRoute(page, '/companies');
  const list = page.getByRole('list', { name: ja.screens.companies.list });
  // 五十音: さかた < しょうない < よねざわ
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('link')).toHaveText(['酒田発酵', '庄内ファーム', '米沢メディカル']);
  await expectNoAxeViolations(page);

  const filters = page.getByRole('search', { name: ja.screens.companies.filters });
  await filters.getByLabel(fields.region, { exact: true }).selectOption({ label: ja.data.regions.shonai });
  await expect(list.getByRole('link')).toHaveText(['酒田発酵', '庄内ファーム']);
  await filters.getByLabel(ja.screens.companies.hasOpenNeeds).check();
  await expect(list.getByRole('link')).toHaveText(['酒田発酵']);
  await filters.getByLabel(ja.screens.companies.hasOpenNeeds).uncheck();
  await filters.getByLabel(fields.kind, { exact: true }).selectOption({ label: ja.data.companyKinds.agriCorporation });
  await expect(list.getByRole('link')).toHaveText(['庄内ファーム']);
  await filters.getByRole('button', { name: ja.screens.companies.clearFilters }).click();
  await filters.getByLabel(ja.screens.companies.text).fill('ハッコウ');
  await expect(list.getByRole('link')).toHaveText(['酒田発酵']);

  await list.getByRole('link', { name: '酒田発酵' }).click();
  await expect(page).toHaveURL(new RegExp(`#/companies/${companyId}$`));
  const visits = page.getByRole('region', { name: ja.screens.companies.visits });
  await expect(visits.getByRole('link', { name: '2026年5月12日' })).toBeVisible();
  await expect(visits.getByText('麹の香りを強めたいとの相談')).toBeVisible();
  await expect(
    page.getByRole('region', { name: ja.screens.companies.needs }).getByRole('link', { name: '香りの強い麹' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the kana index jumps to a row of a long list', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  await page.evaluate(async () => {
    const { repositories } = (window as AutomationWindow).__kakehashi!;
    const rows = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ'];
    const inputs = rows.flatMap((kana, r) =>
      Array.from({ length: 60 }, (_, i) => ({
        name: `会社${r}-${i}`,
        nameKana: `${kana}${String(i).padStart(3, '0')}`,
        kind: 'farmer' as const,
      })),
    );
    await repositories.companies.bulkCreate(inputs);
  });
  await openRoute(page, '/companies');
  const list = page.getByRole('list', { name: ja.screens.companies.list });
  await expect(list.getByRole('link', { name: '会社0-0', exact: true })).toBeVisible();
  // 600 companies, but only the rows in view are in the page.
  expect(await list.getByRole('listitem').count()).toBeLessThan(100);
  await page.getByRole('button', { name: ja.screens.companies.rowJump.replace('{{row}}', 'ら') }).click();
  await expect(list.getByRole('link', { name: '会社8-0', exact: true })).toBeVisible();
  await expect(list.getByRole('link', { name: '会社0-0', exact: true })).toHaveCount(0);
});
