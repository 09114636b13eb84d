import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import type { AutomationWindow } from './screensHelpers.ts';
import { expectNoAxeViolations, openRoute, seedVisitRecords, storedNeeds } from './visitsSupport.ts';

const form = ja.visits.form;
const fields = ja.data.fields.visit;

/** Starts a visit the way the company screen does, and waits for the draft to open. */
async function startVisit(page: Page, companyId: string): Promise<string> {
  await openRoute(page, `/visits/new?company=${companyId}`);
  await expect(page).toHaveURL(/#\/visits\/[0-9A-HJKMNP-TV-Z]{26}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleDraft);
  return page.url().split('/').at(-1) ?? '';
}

async function expectSaved(page: Page, text: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: text.replace(/（.*$/u, '') })).toBeVisible();
}

test('log a full visit with a new need and a seed picked by search, finalise it, find it in the list and after a reload', async ({
  app,
}) => {
  const { page } = app;
  const records = await seedVisitRecords(page);
  // One click from the company's page opens a new draft.
  await openRoute(page, `/companies/${records.companyId}`);
  await page.getByRole('link', { name: ja.screens.companies.recordVisit }).click();
  await expect(page).toHaveURL(/#\/visits\/[0-9A-HJKMNP-TV-Z]{26}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleDraft);
  const visitId = page.url().split('/').at(-1) ?? '';

  await expect(page.getByLabel(fields.date, { exact: true })).toBeFocused();
  await expect(page.getByText(records.companyName)).toBeVisible();
  await page.getByLabel(fields.purpose, { exact: true }).selectOption({ label: ja.data.visitPurposes.needsDiscovery });
  await page.getByLabel(fields.coordinator, { exact: true }).fill('コーディネーター 甲');

  const attendee = page.getByLabel(form.attendeeName);
  await attendee.fill('山田 太郎');
  await attendee.press('Enter');
  await attendee.fill('鈴木 花子');
  await attendee.press('Enter');
  await expect(page.getByRole('button', { name: form.removeAttendee.replace('{{name}}', '山田 太郎') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleDraft);

  await page
    .getByLabel(fields.summary, { exact: true })
    .fill('果汁の褐変について相談を受けた。ラフランス加工の試作を検討中。');

  await page.getByLabel(form.needTitle).fill('果汁の褐変防止');
  await page.getByLabel(form.needField).selectOption({ label: ja.data.researchFields.food });
  await page.getByLabel(form.needTitle).press('Enter');
  await expect(
    page.getByRole('button', { name: form.unlinkNeed.replace('{{title}}', '果汁の褐変防止') }),
  ).toBeVisible();

  // Hiragana finds the katakana keyword ペクチン; the other seed does not match.
  const search = page.getByRole('combobox', { name: form.seedSearch });
  await search.fill('ぺくちん');
  const options = page.getByRole('listbox', { name: form.seedOptions }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options).toContainText('果肉の鮮度保持技術');
  await search.press('Enter');
  await expect(
    page.getByRole('button', { name: form.removeSeed.replace('{{title}}', '果肉の鮮度保持技術') }),
  ).toBeVisible();

  await page.getByRole('button', { name: form.addFollowUp }).click();
  await expect(page.getByLabel(form.followUpText.replace('{{n}}', '1'))).toBeFocused();
  // Each box of the follow-up has its words on screen, not only for a screen reader.
  const followUpRow = page
    .getByRole('listitem')
    .filter({ has: page.getByLabel(form.followUpText.replace('{{n}}', '1')) });
  await expect(followUpRow.getByText(ja.data.fields.followUp.text, { exact: true })).toBeVisible();
  await expect(followUpRow.getByText(ja.data.fields.followUp.due, { exact: true })).toBeVisible();
  await page.getByLabel(form.followUpText.replace('{{n}}', '1')).fill('試験データを送付する');
  await page.getByLabel(form.followUpDue.replace('{{n}}', '1')).fill('2026-07-01');
  await page.getByLabel(fields.nextVisit, { exact: true }).fill('2026-08-03');

  // Chosen from the keyboard: the file box has focus, and keeps it once the file is stored.
  await page.getByLabel(form.attachFile).focus();
  await page.getByLabel(form.attachFile).setInputFiles({
    name: 'memo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('訪問メモ', 'utf8'),
  });
  await expect(page.getByRole('button', { name: form.removeAttachment.replace('{{name}}', 'memo.txt') })).toBeVisible();
  await expect(page.getByLabel(form.attachFile)).toBeFocused();
  // The browser route has no system viewer: opening the attachment downloads its bytes.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: form.openAttachment.replace('{{name}}', 'memo.txt') }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('memo.txt');
  expect(await readFile(await file.path(), 'utf8')).toBe('訪問メモ');

  // An image shows a thumbnail drawn from its bytes.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  await page.getByLabel(form.attachFile).setInputFiles({ name: '試作品.png', mimeType: 'image/png', buffer: png });
  const thumbnail = page.getByRole('img', { name: '試作品.png' });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expectSaved(page, form.savedDraft);

  await page.getByLabel(fields.summary, { exact: true }).press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleFinal);
  await expect(page.getByRole('status').filter({ hasText: form.finalised })).toBeVisible();

  // The need was written at once, linked to the company and to this visit.
  expect(await storedNeeds(page)).toEqual([
    { title: '果汁の褐変防止', companyId: records.companyId, sourceVisitId: visitId },
  ]);

  await page.getByRole('link', { name: ja.nav.visits, exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: records.companyName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(ja.data.visitStates.final);
  await expect(row).toContainText(ja.data.visitPurposes.needsDiscovery);

  await page.reload();
  await page.getByRole('row').filter({ hasText: records.companyName }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleFinal);
  await expect(page.getByLabel(fields.summary, { exact: true })).toHaveValue(/果汁の褐変/);
  await expect(page.getByRole('button', { name: form.removeAttendee.replace('{{name}}', '鈴木 花子') })).toBeVisible();
  await expect(
    page.getByRole('button', { name: form.unlinkNeed.replace('{{title}}', '果汁の褐変防止') }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: form.removeSeed.replace('{{title}}', '果肉の鮮度保持技術') }),
  ).toBeVisible();
  await expect(page.getByLabel(form.followUpDue.replace('{{n}}', '1'))).toHaveValue('2026-07-01');
  await expect(page.getByRole('button', { name: form.removeAttachment.replace('{{name}}', 'memo.txt') })).toBeVisible();

  // Quick search finds the visit by a word of its summary.
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: ja.search.dialogLabel });
  await dialog.getByRole('combobox', { name: ja.search.inputLabel }).fill('鈴木花子');
  await expect(dialog.getByRole('group', { name: ja.search.kinds.visit }).getByRole('option')).toHaveCount(1);
});

test('a draft survives closing the window and is restored with what was typed', async ({ app, launch }) => {
  const records = await seedVisitRecords(app.page);
  const visitId = await startVisit(app.page, records.companyId);
  await app.page.getByLabel(fields.summary, { exact: true }).fill('閉じる前に入力した内容');
  await app.page.getByLabel(form.attendeeName).fill('佐藤 一郎');
  await app.page.getByLabel(form.attendeeName).press('Enter');
  await expectSaved(app.page, form.savedDraft);
  // Close only once the autosave has stored both edits (the status may still show an earlier save).
  await expect
    .poll(() =>
      app.page.evaluate(async (id) => {
        const visit = await (window as AutomationWindow).__kakehashi!.repositories.visits.get(id);
        return [visit?.summary, ...(visit?.attendees ?? [])];
      }, visitId),
    )
    .toEqual(['閉じる前に入力した内容', '佐藤 一郎']);
  await app.context.close();

  const again = await launch({ profilePath: app.profilePath, userDataPath: app.userDataPath });
  await again.page.getByRole('link', { name: ja.nav.visits, exact: true }).click();
  const row = again.page.getByRole('row').filter({ hasText: records.companyName });
  await expect(row).toContainText(ja.data.visitStates.draft);
  await row.getByRole('link').click();
  await expect(again.page).toHaveURL(new RegExp(`#/visits/${visitId}$`));
  await expect(again.page.getByLabel(fields.summary, { exact: true })).toHaveValue('閉じる前に入力した内容');
  await expect(
    again.page.getByRole('button', { name: form.removeAttendee.replace('{{name}}', '佐藤 一郎') }),
  ).toBeVisible();
});

test('what was typed just before the window closed is in the restored draft', async ({ app, launch }) => {
  const records = await seedVisitRecords(app.page);
  const visitId = await startVisit(app.page, records.companyId);
  await app.page.getByLabel(fields.summary, { exact: true }).fill('閉じる直前の一文');
  // No wait for the debounced autosave: the window goes at once, and the save on pagehide keeps it.
  await app.page.close({ runBeforeUnload: true });
  await app.context.close();

  const again = await launch({ profilePath: app.profilePath, userDataPath: app.userDataPath });
  await openRoute(again.page, `/visits/${visitId}`);
  await expect(again.page.getByLabel(fields.summary, { exact: true })).toHaveValue('閉じる直前の一文');
});

test('finalising without the required fields names them and keeps the draft', async ({ app }) => {
  const { page } = app;
  const records = await seedVisitRecords(page);
  await startVisit(page, records.companyId);
  await page.getByLabel(fields.summary, { exact: true }).fill('目的を選ばずに確定しようとした');
  await page.getByRole('button', { name: form.addFollowUp }).click();

  await page.getByRole('button', { name: form.finalise }).click();
  const purpose = page.getByLabel(fields.purpose, { exact: true });
  await expect(page.getByText('目的は一覧から選んでください。')).toBeVisible();
  await expect(page.getByText('フォローアップ 1 内容を入力してください。')).toBeVisible();
  await expect(purpose).toHaveAttribute('aria-invalid', 'true');
  await expect(purpose).toBeFocused();
  await expect(page.getByRole('alert').filter({ hasText: '2件' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleDraft);
  await expectSaved(page, form.savedDraft);

  // The draft, with what was typed, is kept.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleDraft);
  await expect(page.getByLabel(fields.summary, { exact: true })).toHaveValue('目的を選ばずに確定しようとした');

  // Once fixed, finalising goes through.
  await page.getByLabel(fields.purpose, { exact: true }).selectOption({ label: ja.data.visitPurposes.followUp });
  await page.getByLabel(form.followUpText.replace('{{n}}', '1')).fill('見積もりを送る');
  await page.getByLabel(form.followUpText.replace('{{n}}', '1')).press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleFinal);
  await expect(page.getByText('目的は一覧から選んでください。')).toHaveCount(0);
});

test('a finalised visit stays editable and shows its edit history', async ({ app }) => {
  const { page } = app;
  const records = await seedVisitRecords(page);
  await startVisit(page, records.companyId);
  await page
    .getByLabel(fields.purpose, { exact: true })
    .selectOption({ label: ja.data.visitPurposes.seedIntroduction });
  await page.getByLabel(fields.summary, { exact: true }).fill('最初の内容');
  await page.getByRole('button', { name: form.finalise }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.titleFinal);
  const history = page.getByRole('region', { name: form.history });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText(form.historyFinalised);
  await expect(history).toContainText(form.noHistory);

  await page.getByLabel(fields.summary, { exact: true }).fill('確定後に直した内容');
  await page.getByLabel(fields.nextVisit, { exact: true }).fill('2026-09-01');
  await expectSaved(page, form.savedFinal);
  await page.reload();
  await expect(page.getByLabel(fields.summary, { exact: true })).toHaveValue('確定後に直した内容');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText(`修正：${fields.summary}、${fields.nextVisit}`);
  await expect(history.getByRole('listitem').last()).toContainText(form.historyFinalised);
  await expect(history).not.toContainText(form.noHistory);
});

test('axe finds no violations on the visit form and the visit list', async ({ app }) => {
  const { page } = app;
  const records = await seedVisitRecords(page);
  await startVisit(page, records.companyId);
  await page.getByRole('button', { name: form.addFollowUp }).click();
  await page.getByRole('combobox', { name: form.seedSearch }).fill('鮮度');
  await expect(page.getByRole('listbox', { name: form.seedOptions }).getByRole('option')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: form.finalise }).click();
  await expect(page.getByText('目的は一覧から選んでください。')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: ja.nav.visits, exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: records.companyName })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await openRoute(page, '/visits/new');
  await expect(page.getByLabel(ja.visits.start.company)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the visit list filters by company and date and shows 和暦 when chosen', async ({ app }) => {
  const { page } = app;
  const records = await seedVisitRecords(page);
  await startVisit(page, records.companyId);
  await page.getByLabel(fields.date, { exact: true }).fill('2026-04-10');
  await expectSaved(page, form.savedDraft);

  await page.getByRole('link', { name: ja.nav.settings, exact: true }).click();
  // The radio is checked once the host has stored the setting.
  await page.getByLabel(ja.settings.calendarJapanese).click();
  await expect(page.getByLabel(ja.settings.calendarJapanese)).toBeChecked();
  await page.getByRole('link', { name: ja.nav.visits, exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: records.companyName })).toContainText('令和8年4月10日');

  await page.getByLabel(ja.visits.list.from).fill('2026-05-01');
  await expect(page.getByText(ja.visits.list.noMatch)).toBeVisible();
  await page.getByLabel(ja.visits.list.from).fill('2026-04-01');
  await page.getByLabel(ja.visits.list.company).selectOption({ label: records.companyName });
  await expect(page.getByRole('row').filter({ hasText: records.companyName })).toHaveCount(1);
});
