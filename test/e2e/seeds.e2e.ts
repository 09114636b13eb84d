import type { Page } from '@playwright/test';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, openRoute, seedVisitRecords } from './visitsSupport.ts';

const editor = ja.seedsEditor.editor;
const fields = ja.data.fields.seed;
const toggle = (field: string) => editor.publicToggle.replace('{{field}}', field);

function preview(page: Page) {
  return page.getByRole('region', { name: editor.preview });
}

test('marking a field internal removes it from the public preview, and the choice is saved', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: ja.nav.seeds, exact: true }).click();
  await page.getByRole('link', { name: ja.seedsEditor.list.newSeed }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(editor.titleNew);
  await expect(page.getByLabel(fields.title, { exact: true })).toBeFocused();

  await page.getByLabel(fields.title, { exact: true }).fill('米ぬか由来成分の機能性評価');
  await page.getByLabel(fields.field, { exact: true }).selectOption({ label: ja.data.researchFields.food });
  await page.getByLabel(fields.stage, { exact: true }).selectOption({ label: ja.data.researchStages.basic });
  await page.getByLabel(fields.institution, { exact: true }).fill('研究機関テスト');
  await page.getByLabel(fields.summary, { exact: true }).fill('概要のテキスト：抽出条件を比較した。');
  await page.getByLabel(fields.keywords, { exact: true }).fill('米ぬか、機能性');

  // New sheets keep the institution internal; the summary is public.
  await expect(preview(page)).toContainText('米ぬか由来成分の機能性評価');
  await expect(preview(page)).toContainText('概要のテキスト');
  await expect(preview(page)).not.toContainText('研究機関テスト');
  await expect(preview(page)).not.toContainText('米ぬか、機能性');
  await expect(page.getByLabel(toggle(fields.institution))).not.toBeChecked();

  await page.getByLabel(toggle(fields.summary)).uncheck();
  await expect(preview(page)).not.toContainText('概要のテキスト');
  await expect(preview(page).getByText(fields.summary, { exact: true })).toHaveCount(0);
  await page.getByLabel(toggle(fields.institution)).check();
  await expect(preview(page)).toContainText('研究機関テスト');

  await page.getByRole('button', { name: editor.save }).click();
  await expect(page).toHaveURL(/#\/seeds\/[0-9A-HJKMNP-TV-Z]{26}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(editor.titleEdit);

  await page.reload();
  await expect(page.getByLabel(toggle(fields.summary))).not.toBeChecked();
  await expect(page.getByLabel(toggle(fields.institution))).toBeChecked();
  await expect(preview(page)).not.toContainText('概要のテキスト');
  await expect(preview(page)).toContainText('研究機関テスト');

  await page.getByRole('link', { name: editor.backToList }).click();
  const row = page.getByRole('row').filter({ hasText: '米ぬか由来成分の機能性評価' });
  await expect(row.getByRole('cell').last()).toHaveText(
    [fields.researcher, fields.summary, fields.keywords, fields.ipStatus].join('、'),
  );
});

test('saving without a title or field names them and writes nothing', async ({ app }) => {
  const { page } = app;
  await openRoute(page, '/seeds/new');
  await page.getByLabel(fields.summary, { exact: true }).fill('題名のないシート');
  await page.getByLabel(fields.summary, { exact: true }).press('Control+Enter');
  await expect(page.getByText('テーマを入力してください。')).toBeVisible();
  await expect(page.getByText('分野は一覧から選んでください。')).toBeVisible();
  await expect(page.getByLabel(fields.title, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/#\/seeds\/new$/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: editor.backToList }).click();
  await expect(page.getByText(ja.seedsEditor.list.empty)).toBeVisible();
});

test('the seed list filters by field and stage; axe finds no violations on the list and the editor', async ({
  app,
}) => {
  const { page } = app;
  await seedVisitRecords(page);
  await page.getByRole('link', { name: ja.nav.seeds, exact: true }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expectNoAxeViolations(page);

  await page.getByLabel(ja.seedsEditor.list.field).selectOption({ label: ja.data.researchFields.agriculture });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('イネの病害早期診断');
  await page.getByLabel(ja.seedsEditor.list.stage).selectOption({ label: ja.data.researchStages.applied });
  await expect(page.getByText(ja.seedsEditor.list.noMatch)).toBeVisible();
  await page.getByLabel(ja.seedsEditor.list.field).selectOption({ label: ja.seedsEditor.list.all });
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(editor.titleEdit);
  await expect(page.getByLabel(fields.title, { exact: true })).toHaveValue('果肉の鮮度保持技術');
  await expectNoAxeViolations(page);
});
