import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { enableAutomation, expectNoAxeViolations, openRoute, type AutomationWindow } from './screensHelpers.ts';

const tb = ja.takeBack;
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replaceAll(`{{${key}}}`, String(value)), text);

type Seeded = Readonly<{ companyId: string; otherId: string; needId: string; seedTitle: string }>;

/** Two companies (the second one a duplicate of the first), a visit and a need of the first, a seed sheet linked to the need. */
async function seed(page: Page): Promise<Seeded> {
  await enableAutomation(page);
  return page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    const company = await repos.companies.create({
      name: '株式会社月山醸造',
      kind: 'foodMaker',
      municipality: '06201',
    });
    const other = await repos.companies.create({ name: '葉山果樹園', kind: 'farmer', municipality: '06203' });
    await repos.visits.create({ companyId: company.id, date: '2026-05-01', purpose: 'needsDiscovery', state: 'draft' });
    const need = await repos.needs.create({ companyId: company.id, title: '吟醸酒の香りを保ちたい', field: 'food' });
    const seedSheet = await repos.seeds.create({
      title: '香気成分の保持技術',
      field: 'food',
      stage: 'applied',
      keywords: ['香り'],
    });
    await repos.matches.create({ needId: need.id, seedId: seedSheet.id });
    return { companyId: company.id, otherId: other.id, needId: need.id, seedTitle: seedSheet.title };
  });
}

const nav = (page: Page, key: keyof typeof ja.nav) =>
  page.getByRole('navigation', { name: ja.nav.label }).getByRole('link', { name: ja.nav[key], exact: true }).click();

const companyList = (page: Page) => page.getByRole('list', { name: ja.screens.companies.list });

/** What the quick search lists as companies for a query. */
async function searchCompanies(page: Page, query: string) {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: ja.search.dialogLabel });
  await dialog.getByRole('combobox', { name: ja.search.inputLabel }).fill(query);
  return { dialog, companies: dialog.getByRole('listbox').getByRole('option', { name: new RegExp(query) }) };
}

test('deleting a company names what goes with it; it leaves lists and search, and 元に戻す brings it all back', async ({
  app,
}) => {
  const { page } = app;
  const seeded = await seed(page);
  await openRoute(page, `/companies/${seeded.companyId}`);
  await page.getByRole('button', { name: tb.company.delete }).click();
  const dialog = page.getByRole('alertdialog', { name: fill(tb.company.title, { name: '株式会社月山醸造' }) });
  await expect(dialog).toBeVisible();
  const list = [
    fill(tb.counts.visits_other, { count: 1 }),
    fill(tb.counts.needs_other, { count: 1 }),
    fill(tb.counts.matches_other, { count: 1 }),
  ].join(tb.listSeparator);
  await expect(dialog).toContainText(fill(tb.takesWith, { list }));
  // Focus starts on Cancel, Esc cancels and nothing is deleted.
  await expect(dialog.getByRole('button', { name: tb.dialog.cancel })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('株式会社月山醸造');
  // Enter presses only the focused button: on キャンセル it cancels.
  await page.getByRole('button', { name: tb.company.delete }).click();
  await expect(dialog.getByRole('button', { name: tb.dialog.cancel })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('株式会社月山醸造');

  await page.getByRole('button', { name: tb.company.delete }).click();
  await dialog.getByRole('button', { name: tb.dialog.delete }).click();
  await expect(page).toHaveURL(/#\/companies$/);
  await expect(
    page.getByRole('status').filter({ hasText: fill(tb.deleted, { name: '株式会社月山醸造' }) }),
  ).toBeVisible();
  await expect(companyList(page).getByRole('link', { name: /葉山果樹園/ })).toBeVisible();
  await expect(companyList(page).getByRole('link', { name: /月山醸造/ })).toHaveCount(0);
  await nav(page, 'needs');
  await expect(page.getByRole('link', { name: '吟醸酒の香りを保ちたい' })).toHaveCount(0);
  const search = await searchCompanies(page, '月山醸造');
  await expect(search.dialog.getByText(fill(ja.search.noResults, { query: '月山醸造' }))).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: tb.undo.action }).click();
  await expect(page.getByRole('status').filter({ hasText: tb.undo.done })).toBeVisible();
  await expect(page.getByRole('link', { name: '吟醸酒の香りを保ちたい' })).toBeVisible();
  await nav(page, 'companies');
  await expect(companyList(page).getByRole('link', { name: /月山醸造/ })).toBeVisible();
  const again = await searchCompanies(page, '月山醸造');
  await expect(again.companies.first()).toBeVisible();
  await page.keyboard.press('Escape');
  await openRoute(page, `/companies/${seeded.companyId}`);
  await expect(page.getByRole('region', { name: ja.screens.companies.visits }).getByRole('listitem')).toHaveCount(1);
});

test('a discarded draft and a deleted need with its match are listed in 削除済み, and 戻す puts the need back', async ({
  app,
}) => {
  const { page } = app;
  const seeded = await seed(page);
  // The draft visit: discarded from its page.
  await openRoute(page, `/companies/${seeded.companyId}`);
  await page.getByRole('region', { name: ja.screens.companies.visits }).getByRole('link').first().click();
  await page.getByRole('button', { name: tb.visit.discard }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: tb.visit.discardConfirm }).click();
  await expect(page.getByRole('status').filter({ hasText: tb.discarded })).toBeVisible();
  await expect(page.getByRole('region', { name: ja.screens.companies.visits }).getByRole('listitem')).toHaveCount(0);

  // The need, with its match.
  await openRoute(page, `/needs/${seeded.needId}`);
  await page.getByRole('button', { name: tb.need.delete }).click();
  const needDialog = page.getByRole('alertdialog');
  await expect(needDialog).toContainText(fill(tb.takesWith, { list: fill(tb.counts.matches_one, { count: 1 }) }));
  await needDialog.getByRole('button', { name: tb.dialog.delete }).click();
  await expect(page.getByRole('region', { name: ja.screens.companies.needs })).toContainText(
    ja.screens.companies.noNeeds,
  );

  await nav(page, 'trash');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tb.trash.title);
  const rows = page.getByRole('row');
  const cell = (name: string) => page.getByRole('cell', { name, exact: true });
  await expect(rows.filter({ has: cell('吟醸酒の香りを保ちたい') })).toHaveCount(1);
  await expect(rows.filter({ hasText: '株式会社月山醸造 2026年5月1日' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '吟醸酒の香りを保ちたい → 香気成分の保持技術' })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: fill(tb.trash.restoreLabel, { name: '吟醸酒の香りを保ちたい' }) }).click();
  await expect(rows.filter({ has: cell('吟醸酒の香りを保ちたい') })).toHaveCount(0);
  await openRoute(page, `/companies/${seeded.companyId}`);
  await expect(
    page
      .getByRole('region', { name: ja.screens.companies.needs })
      .getByRole('link', { name: '吟醸酒の香りを保ちたい' }),
  ).toBeVisible();
});

test('saving a duplicate company warns and links to the other; merging moves its visits, and undo splits them again', async ({
  app,
}) => {
  const { page } = app;
  const seeded = await seed(page);
  const fields = ja.data.fields.company;
  await openRoute(page, '/companies/new');
  await page.getByLabel(fields.name, { exact: true }).fill('月山醸造（株）');
  await page.getByLabel(fields.kind, { exact: true }).selectOption({ label: ja.data.companyKinds.foodMaker });
  await page.getByLabel(fields.municipality, { exact: true }).selectOption('06201');
  await page.getByRole('button', { name: ja.screens.common.save }).click();
  const warning = page.getByRole('alert').filter({ hasText: tb.duplicate.title });
  await expect(warning).toContainText(tb.duplicate.byName);
  await expect(
    warning.getByRole('link', { name: fill(tb.duplicate.open, { name: '株式会社月山醸造' }) }),
  ).toHaveAttribute('href', `#/companies/${seeded.companyId}`);
  // Nothing was saved yet.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.screens.companies.createTitle);
  await warning.getByRole('button', { name: tb.duplicate.saveAnyway }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('月山醸造（株）');
  const keptUrl = page.url();

  // Merge the old record into the new one: its visit and need move.
  await page.getByRole('button', { name: tb.merge.open }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByLabel(tb.merge.choose).selectOption({ label: '株式会社月山醸造' });
  await expect(dialog).toContainText(
    fill(tb.merge.moves, {
      list: [fill(tb.counts.visits_one, { count: 1 }), fill(tb.counts.needs_one, { count: 1 })].join(tb.listSeparator),
      kept: '月山醸造（株）',
    }),
  );
  await dialog.getByRole('button', { name: tb.merge.confirm }).click();
  await expect(dialog).toBeHidden();
  const visits = page.getByRole('region', { name: ja.screens.companies.visits }).getByRole('listitem');
  await expect(visits).toHaveCount(1);
  await expect(
    page
      .getByRole('region', { name: ja.screens.companies.needs })
      .getByRole('link', { name: '吟醸酒の香りを保ちたい' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: ja.screens.companies.matches }).getByRole('link', { name: seeded.seedTitle }),
  ).toBeVisible();
  await nav(page, 'companies');
  await expect(companyList(page).getByRole('link', { name: /株式会社月山醸造/ })).toHaveCount(0);

  await page.getByRole('button', { name: tb.undo.action }).click();
  await expect(companyList(page).getByRole('link', { name: /株式会社月山醸造/ })).toBeVisible();
  await page.goto(keptUrl);
  await expect(page.getByRole('region', { name: ja.screens.companies.visits }).getByRole('listitem')).toHaveCount(0);
});

test('after linking a seed the need form shows マッチング済み, and saving it keeps マッチング済み', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  const ids = await page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    const company = await repos.companies.create({ name: '最上ハーブ農園', kind: 'farmer', municipality: '06205' });
    const need = await repos.needs.create({ companyId: company.id, title: 'ハーブの乾燥で香りが飛ぶ', field: 'food' });
    await repos.seeds.create({ title: '低温乾燥の香気保持', field: 'food', stage: 'applied' });
    return { companyId: company.id, needId: need.id };
  });
  await openRoute(page, `/needs/${ids.needId}`);
  const form = page.getByRole('form', { name: ja.screens.needs.editTitle });
  const status = form.getByLabel(ja.data.fields.need.status, { exact: true });
  await expect(status).toHaveValue('open');
  await page.getByLabel(ja.screens.matching.addManually).selectOption({ label: '低温乾燥の香気保持' });
  await page.getByRole('button', { name: ja.screens.matching.add, exact: true }).click();
  await expect(status).toHaveValue('matched');
  await form.getByLabel(ja.data.fields.need.title, { exact: true }).fill('ハーブの乾燥で香りが飛んでしまう');
  await form.getByRole('button', { name: ja.screens.common.save, exact: true }).click();
  await expect(form.getByRole('status')).toHaveText(ja.screens.common.saved);
  await expect(status).toHaveValue('matched');
  await openRoute(page, `/companies/${ids.companyId}`);
  const need = page.getByRole('region', { name: ja.screens.companies.needs }).getByRole('listitem');
  await expect(need).toContainText('ハーブの乾燥で香りが飛んでしまう');
  await expect(need).toContainText(ja.data.needStatuses.matched);
});

test('サンプルデータを削除 in the settings removes the samples in one step, and undo brings them back', async ({
  launch,
}) => {
  const { page } = await launch({ firstRun: 'samples' });
  await nav(page, 'companies');
  await expect(companyList(page).getByRole('link', { name: /サンプル醸造株式会社/ })).toBeVisible();
  await nav(page, 'settings');
  await page.getByRole('button', { name: tb.samples.remove }).click();
  const dialog = page.getByRole('alertdialog', { name: tb.samples.confirmTitle });
  await expect(dialog).toContainText(fill(tb.counts.seeds_other, { count: 16 }));
  await dialog.getByRole('button', { name: tb.dialog.delete }).click();
  await expect(page.getByText(tb.samples.none)).toBeVisible();
  await nav(page, 'companies');
  await expect(companyList(page).getByRole('link')).toHaveCount(0);
  await page.getByRole('button', { name: tb.undo.action }).click();
  await expect(companyList(page).getByRole('link', { name: /サンプル醸造株式会社/ })).toBeVisible();
});

test.describe('the trash across devices', () => {
  test.describe.configure({ timeout: 180_000 });

  async function openSync(page: Page) {
    await nav(page, 'sync');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.nav.sync);
  }
  async function configure(page: Page, deviceName: string, folder: string) {
    await page.getByLabel(ja.sync.target.folder).check();
    await page.getByLabel(ja.sync.target.path).fill(folder);
    await page.getByLabel(ja.sync.target.deviceName).fill(deviceName);
    await page.getByRole('button', { name: ja.sync.target.save }).click();
    await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.target.saved);
  }
  async function syncNow(page: Page) {
    await openSync(page);
    const before = await page.locator('[data-sync-last]').textContent();
    await page.getByRole('button', { name: ja.sync.run.now }).click();
    await expect(page.locator('[data-sync-last]')).not.toHaveText(before ?? '', { timeout: 30_000 });
    await expect(page.locator('[data-sync-last]')).toContainText('完了');
  }

  test('a company deleted on one device is in the other’s 削除済み after a sync, and restoring it there reaches the first', async ({
    launch,
  }) => {
    const folder = await mkdtemp(join(tmpdir(), 'kakehashi-trash-'));
    try {
      const a = (await launch({ firstRun: 'samples' })).page;
      const b = (await launch({ firstRun: 'empty' })).page;
      await openSync(a);
      await configure(a, '事務所PC', folder);
      await openSync(b);
      await configure(b, 'ノートPC', folder);
      await syncNow(a);
      await syncNow(b);

      // B deletes a sample company (keeping its visits) and syncs.
      await nav(b, 'companies');
      await companyList(b)
        .getByRole('link', { name: /サンプル銀行/ })
        .click();
      await b.getByRole('button', { name: tb.company.delete }).click();
      await b.getByRole('alertdialog').getByRole('button', { name: tb.dialog.delete }).click();
      await expect(companyList(b).getByRole('link', { name: /サンプル銀行/ })).toHaveCount(0);
      await syncNow(b);
      await syncNow(a);

      await nav(a, 'companies');
      await expect(companyList(a).getByRole('link', { name: /サンプル醸造株式会社/ })).toBeVisible();
      await expect(companyList(a).getByRole('link', { name: /サンプル銀行/ })).toHaveCount(0);
      await nav(a, 'trash');
      await a.getByRole('button', { name: fill(tb.trash.restoreLabel, { name: 'サンプル銀行' }) }).click();
      await expect(a.getByText(tb.trash.empty)).toBeVisible();
      await nav(a, 'companies');
      await expect(companyList(a).getByRole('link', { name: /サンプル銀行/ })).toBeVisible();

      await syncNow(a);
      await syncNow(b);
      await nav(b, 'companies');
      await expect(companyList(b).getByRole('link', { name: /サンプル銀行/ })).toBeVisible();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

test('an attachment deleted from a visit goes, and 元に戻す puts it back on the visit', async ({ app }) => {
  const { page } = app;
  const seeded = await seed(page);
  await openRoute(page, `/visits/new?company=${seeded.companyId}`);
  await expect(page).toHaveURL(/#\/visits\/[0-9A-HJKMNP-TV-Z]{26}$/);
  const memo = { name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from('試作品の評価メモ', 'utf8') };
  await page.getByLabel(ja.visits.form.attachFile).setInputFiles(memo);
  const deleteButton = page.getByRole('button', { name: fill(tb.attachment.deleteLabel, { name: 'memo.txt' }) });
  await deleteButton.click();
  const dialog = page.getByRole('alertdialog', { name: fill(tb.attachment.title, { name: 'memo.txt' }) });
  await expect(dialog).toContainText(tb.alone);
  await dialog.getByRole('button', { name: tb.dialog.delete }).click();
  await expect(deleteButton).toHaveCount(0);
  await expect(page.getByText(ja.visits.form.noAttachments)).toBeVisible();
  await page.getByRole('button', { name: tb.undo.action }).click();
  await expect(deleteButton).toBeVisible();
});
