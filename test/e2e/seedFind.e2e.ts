// A seed sheet's よみ: typed in the editor, it lets しょうないがき find 庄内柿 in the seed list's
// text filter (beside the field and stage filters) and in the quick search.
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, openRoute, seedVisitRecords } from './visitsSupport.ts';

const fields = ja.data.fields.seed;
const list = ja.seedsEditor.list;

test('a seed with a よみ is found by the reading in the list filter and the quick search', async ({ app }) => {
  const { page } = app;
  await seedVisitRecords(page); // 果肉の鮮度保持技術 (food, applied), イネの病害早期診断 (agriculture, basic)
  await openRoute(page, '/seeds/new');
  await page.getByLabel(fields.title, { exact: true }).fill('庄内柿の機能性を活かした加工食品開発');
  await page
    .getByLabel(fields.titleKana, { exact: true })
    .fill('しょうないがきのきのうせいをいかしたかこうしょくひんかいはつ');
  await page.getByLabel(fields.field, { exact: true }).selectOption({ label: ja.data.researchFields.food });
  await page.getByLabel(fields.stage, { exact: true }).selectOption({ label: ja.data.researchStages.basic });
  await page.getByRole('button', { name: ja.seedsEditor.editor.save }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.seedsEditor.editor.titleEdit);
  await page.reload();
  await expect(page.getByLabel(fields.titleKana, { exact: true })).toHaveValue(/^しょうないがき/u);

  await page.getByRole('link', { name: ja.seedsEditor.editor.backToList }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  const text = page.getByLabel(list.text);
  await text.fill('しょうないがき');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('庄内柿');
  // Katakana and a keyword find too; words narrow together with the field and stage filters.
  await text.fill('ショウナイガキ');
  await expect(rows).toHaveCount(2);
  await text.fill('鮮度保持');
  await expect(rows.nth(1)).toContainText('果肉の鮮度保持技術');
  await text.fill('');
  await page.getByLabel(list.field).selectOption({ label: ja.data.researchFields.food });
  await expect(rows).toHaveCount(3);
  await page.getByLabel(list.stage).selectOption({ label: ja.data.researchStages.basic });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('庄内柿');
  await text.fill('いね');
  await expect(page.getByText(list.noMatch)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: ja.search.dialogLabel });
  await dialog.getByRole('combobox', { name: ja.search.inputLabel }).fill('しょうないがき');
  await expect(dialog.getByRole('group', { name: ja.search.kinds.seed }).getByRole('option')).toContainText(
    '庄内柿の機能性を活かした加工食品開発',
  );
});
