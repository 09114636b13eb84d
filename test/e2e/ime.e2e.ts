// Japanese input: the Enter that confirms an input method's conversion and the Esc that cancels one
// belong to the IME. The composition is made through Chromium's DevTools protocol as an IME makes it
// (Input.imeSetComposition while converting, Input.insertText to confirm), and the keys are sent
// while the composition is open.
import type { CDPSession, Page } from '@playwright/test';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { enableAutomation, openRoute, type AutomationWindow } from './screensHelpers.ts';

// As Chromium receives them from an IME: the key itself, with keyCode 229 ("processed by the IME")
// and no text of its own (the IME, not the key, puts the text in).
const keys = {
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 },
  Escape: { key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 229 },
} as const;

/** Opens a conversion of `reading`, presses `key` while it is open, then confirms `result`. */
async function composeWithKey(cdp: CDPSession, reading: string, key: keyof typeof keys, result: string) {
  await cdp.send('Input.imeSetComposition', {
    text: reading,
    selectionStart: reading.length,
    selectionEnd: reading.length,
  });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...keys[key] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...keys[key] });
  await cdp.send('Input.insertText', { text: result });
}

async function companyCreatePage(page: Page): Promise<CDPSession> {
  await openRoute(page, '/companies/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.screens.companies.createTitle);
  return page.context().newCDPSession(page);
}

test('the company form: an Enter or Esc during conversion neither saves nor cancels', async ({ app }) => {
  const { page } = app;
  const cdp = await companyCreatePage(page);
  const name = page.getByLabel(ja.data.fields.company.name, { exact: true });
  await name.focus();

  await composeWithKey(cdp, 'やまがた', 'Enter', '山形');
  await expect(name).toHaveValue('山形');
  await composeWithKey(cdp, 'しょくひん', 'Escape', '食品');
  await expect(name).toHaveValue('山形食品');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.screens.companies.createTitle);

  // Once confirmed, Enter saves as the form says.
  await page
    .getByLabel(ja.data.fields.company.kind, { exact: true })
    .selectOption({ label: ja.data.companyKinds.foodMaker });
  await name.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山形食品');
});

test('the visit form: an Enter during conversion does not add the attendee being typed', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  const companyId = await page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    return (await repos.companies.create({ name: '株式会社テスト果樹加工', kind: 'foodMaker' })).id;
  });
  await openRoute(page, `/visits/new?company=${companyId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.visits.form.titleDraft);
  const cdp = await page.context().newCDPSession(page);
  const attendee = page.getByLabel(ja.visits.form.attendeeName);
  await attendee.focus();
  const remove = (name: string) =>
    page.getByRole('button', { name: ja.visits.form.removeAttendee.replace('{{name}}', name) });

  await composeWithKey(cdp, 'やまだ', 'Enter', '山田');
  await expect(attendee).toHaveValue('山田');
  // Neither the reading nor the confirmed name was added.
  await expect(remove('やまだ')).toHaveCount(0);
  await expect(remove('山田')).toHaveCount(0);

  await attendee.press('Enter');
  await expect(remove('山田')).toBeVisible();
});

test('quick search: an Enter during conversion opens no result, an Esc does not close the dialog', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  const companyId = await page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    const company = await repos.companies.create({
      name: '株式会社サクランボ研究所',
      nameKana: 'さくらんぼけんきゅうじょ',
      kind: 'foodMaker',
    });
    return company.id;
  });
  await expect(page.getByRole('button', { name: new RegExp(ja.search.open) })).toBeVisible();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: ja.search.dialogLabel });
  const box = dialog.getByRole('combobox', { name: ja.search.inputLabel });
  await expect(box).toBeFocused();
  const cdp = await page.context().newCDPSession(page);

  // While converting, the text typed so far already finds the company (and selects it).
  await cdp.send('Input.imeSetComposition', { text: 'さくらんぼ', selectionStart: 5, selectionEnd: 5 });
  const option = dialog.getByRole('option', { name: /株式会社サクランボ研究所/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...keys.Enter });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...keys.Enter });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...keys.Escape });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...keys.Escape });
  await cdp.send('Input.insertText', { text: 'さくらんぼ' });
  await expect(box).toHaveValue('さくらんぼ');
  await expect(dialog).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`#/companies/${companyId}$`));

  // Confirmed, Enter opens the selected result.
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/companies/${companyId}$`));
  await expect(dialog).toBeHidden();
});
