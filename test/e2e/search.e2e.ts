import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { enableAutomation, type AutomationWindow } from './screensHelpers.ts';

type SeededIds = Readonly<{ sakuranbo: string; abc: string; visit: string }>;

async function seedRecords(page: Page): Promise<SeededIds> {
  await enableAutomation(page);
  return page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    const sakuranbo = await repos.companies.create({
      name: '株式会社サクランボ研究所',
      nameKana: 'さくらんぼけんきゅうじょ',
      kind: 'foodMaker',
      municipality: '06206',
    });
    const abc = await repos.companies.create({ name: 'ＡＢＣ１２３フーズ', kind: 'foodMaker' });
    await repos.companies.create({ name: '月山ファーム', kind: 'agriCorporation' });
    const visit = await repos.visits.create({
      companyId: sakuranbo.id,
      date: '2026-06-01',
      purpose: 'needsDiscovery',
      summary: '佐藤錦の鮮度保持について相談を受けた。',
    });
    await repos.needs.create({ companyId: sakuranbo.id, title: 'サクランボの鮮度保持', field: 'food' });
    return { sakuranbo: sakuranbo.id, abc: abc.id, visit: visit.id };
  });
}

async function pressCtrlK(page: Page): Promise<void> {
  // The shortcut listens once the shell is up (after the settings load).
  await expect(page.getByRole('button', { name: new RegExp(ja.search.open) })).toBeVisible();
  await page.keyboard.press('Control+K');
}

function dialogOf(page: Page) {
  const dialog = page.getByRole('dialog', { name: ja.search.dialogLabel });
  return {
    dialog,
    box: dialog.getByRole('combobox', { name: ja.search.inputLabel }),
    list: dialog.getByRole('listbox'),
  };
}

test('Ctrl+K finds a katakana name from hiragana and a full-width name from half-width input', async ({ app }) => {
  const { page } = app;
  const ids = await seedRecords(page);
  const { dialog, box, list } = dialogOf(page);

  await pressCtrlK(page);
  await expect(dialog).toBeVisible();
  await expect(box).toBeFocused();

  await box.fill('さくらんぼ');
  const companies = list.getByRole('group', { name: ja.search.kinds.company });
  await expect(companies.getByRole('option', { name: /株式会社サクランボ研究所/ })).toBeVisible();
  await expect(list.getByRole('group', { name: ja.search.kinds.need }).getByRole('option')).toHaveText(
    /サクランボの鮮度保持/,
  );
  await expect(companies.getByRole('option', { name: /月山ファーム/ })).toHaveCount(0);

  await box.fill('abc123');
  await expect(companies.getByRole('option')).toHaveCount(1);
  await expect(companies.getByRole('option')).toContainText('ＡＢＣ１２３フーズ');

  await box.fill('ｻｸﾗﾝﾎﾞ');
  await expect(companies.getByRole('option')).toContainText('株式会社サクランボ研究所');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/companies/${ids.sakuranbo}$`));
  await expect(dialog).toBeHidden();
});

test("each typed character is drawn together with its results, at a typist's pace", async ({ app }) => {
  const { page } = app;
  await seedRecords(page);
  const { dialog, box, list } = dialogOf(page);
  await pressCtrlK(page);
  await expect(dialog.getByRole('status')).toHaveText(ja.search.ready_other.replace('{{documents}}', '5'));
  // The answer board needs a cross-origin isolated page, as the app is served.
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);

  // At the first animation frame after each keystroke (the frame that draws the character): had the
  // results of the text now in the box been put in the page?
  await page.evaluate(() => {
    const frames: { value: string; withResults: boolean }[] = [];
    (window as unknown as { typedFrames: typeof frames }).typedFrames = frames;
    document.addEventListener(
      'input',
      (event) => {
        const box = event.target as HTMLInputElement;
        requestAnimationFrame(() => {
          const shown = performance
            .getEntriesByName('kakehashi:search-rendered')
            .some((mark) => ((mark as PerformanceMark).detail as { query: string }).query === box.value);
          frames.push({ value: box.value, withResults: shown });
        });
      },
      true,
    );
  });
  await box.pressSequentially('さくらんぼ', { delay: 150 });
  await expect(list.getByRole('group', { name: ja.search.kinds.company }).getByRole('option')).toHaveText(
    /株式会社サクランボ研究所/,
  );
  const typedFrames = () =>
    page.evaluate(() => (window as unknown as { typedFrames: { value: string; withResults: boolean }[] }).typedFrames);
  // The last keystroke's frame may still be on its way.
  await expect.poll(async () => (await typedFrames()).length).toBe(5);
  const frames = await typedFrames();
  expect(frames.map((frame) => frame.value)).toEqual(['さ', 'さく', 'さくら', 'さくらん', 'さくらんぼ']);
  // A worker busy once (a loaded machine) costs two keystrokes: the one that waited in vain and the
  // next, asked by message until an answer shows the worker in time again. Without the answer board
  // no keystroke is drawn with its results.
  expect(frames.filter((frame) => frame.withResults).length).toBeGreaterThanOrEqual(3);
});

test('arrow keys choose a result, Enter opens its page and Esc closes the dialog', async ({ app }) => {
  const { page } = app;
  const ids = await seedRecords(page);
  const { dialog, box, list } = dialogOf(page);

  await pressCtrlK(page);
  await box.fill('さくらんぼ');
  const options = list.getByRole('option');
  await expect(options).toHaveCount(3); // company, visit (titled with the company), need
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowDown');
  const visitOption = list.getByRole('group', { name: ja.search.kinds.visit }).getByRole('option');
  await expect(visitOption).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await visitOption.getAttribute('id')) ?? 'missing');
  await expect(visitOption).toContainText('2026年6月1日');

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // wraps to the last option
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/visits/${ids.visit}$`));
  await expect(dialog).toBeHidden();
  // The visit page has drawn its form (its date field takes the focus) before the next shortcut.
  await expect(page.getByLabel(ja.data.fields.visit.date, { exact: true })).toBeFocused();

  await pressCtrlK(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a record saved while the app runs is found, and after a restart the restored index catches up with the database', async ({
  app,
  launch,
}) => {
  const { page } = app;
  await seedRecords(page);
  const { dialog, box, list } = dialogOf(page);
  await pressCtrlK(page);
  await box.fill('らふらんす');
  await expect(dialog.getByRole('status')).toContainText('「らふらんす」に一致する項目はありません。');

  await page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    await repos.companies.create({ name: '蔵王ラ・フランス農園', kind: 'farmer' });
  });
  await expect(list.getByRole('option', { name: /蔵王ラ・フランス農園/ })).toBeVisible();

  await app.context.close();
  const again = await launch({ profilePath: app.profilePath, userDataPath: app.userDataPath });
  const reopened = dialogOf(again.page);
  await pressCtrlK(again.page);
  await reopened.box.fill('ﾗﾌﾗﾝｽ');
  await expect(reopened.list.getByRole('option', { name: /蔵王ラ・フランス農園/ })).toBeVisible();
  await reopened.box.fill('');
  await expect(reopened.dialog.getByRole('status')).toContainText('6 件から検索します。');
});

test('a visit is found by a word of its summary and a need by its description', async ({ app }) => {
  const { page } = app;
  const ids = await seedRecords(page);
  await page.evaluate(async (companyId) => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    await repos.needs.create({
      companyId,
      title: '出荷前の品質検査',
      description: '漬物の乳酸菌数を簡便に測りたい。',
      field: 'food',
    });
  }, ids.sakuranbo);
  const { box, list } = dialogOf(page);
  await pressCtrlK(page);

  await box.fill('佐藤錦');
  const visits = list.getByRole('group', { name: ja.search.kinds.visit });
  await expect(visits.getByRole('option')).toHaveCount(1);
  await expect(visits.getByRole('option')).toContainText('株式会社サクランボ研究所');
  await expect(visits.getByRole('option')).toContainText('佐藤錦の鮮度保持について');
  await expect(list.getByRole('group', { name: ja.search.kinds.company })).toHaveCount(0);

  await box.fill('乳酸菌');
  const needs = list.getByRole('group', { name: ja.search.kinds.need });
  await expect(needs.getByRole('option')).toHaveText(/出荷前の品質検査/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/needs\/[0-9A-Z]{26}$/);
});

test('a company deleted while the app runs is no longer found, nor its contacts', async ({ app }) => {
  const { page } = app;
  await seedRecords(page);
  const id = await page.evaluate(async () => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    const created = await repos.companies.create({
      name: '蔵王キャノン農園',
      kind: 'farmer',
      contacts: [{ name: '奥山 美咲', kana: 'おくやま みさき' }],
    });
    return created.id;
  });
  const { dialog, box, list } = dialogOf(page);
  await pressCtrlK(page);
  // Small kana typed full size still find the name.
  await box.fill('きやのん');
  await expect(list.getByRole('option', { name: /蔵王キャノン農園/ })).toBeVisible();
  await box.fill('おくやま');
  await expect(list.getByRole('group', { name: ja.search.kinds.contact }).getByRole('option')).toHaveCount(1);

  await page.evaluate(async (companyId) => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    await repos.companies.remove(companyId);
  }, id);
  await expect(dialog.getByRole('status')).toContainText('「おくやま」に一致する項目はありません。');
  await box.fill('きゃのん');
  await expect(dialog.getByRole('status')).toContainText('「きゃのん」に一致する項目はありません。');
  await expect(list.getByRole('option')).toHaveCount(0);
});

test('axe finds no accessibility violations in the search dialog, in Japanese and English', async ({ app }) => {
  const { page } = app;
  await seedRecords(page);
  const { dialog, box, list } = dialogOf(page);
  await pressCtrlK(page);
  await box.fill('さくらんぼ');
  await expect(list.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('complementary').getByLabel(ja.shell.language).selectOption('en');
  await page.getByRole('button', { name: /Search/ }).click();
  const english = page.getByRole('dialog', { name: 'Quick search' });
  await english.getByRole('combobox').fill('さくらんぼ');
  await expect(english.getByRole('group', { name: 'Companies' })).toBeVisible();
  const again = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(again.violations.map((v) => v.id)).toEqual([]);
});

test('a first build over many visits shares them with a helper worker and finds the oldest and the newest', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  test.skip(cores < 2, `build helpers need a second core; this machine reports ${cores}`);
  const { sakuranbo } = await seedRecords(page);
  // Past the 16,384 visits below which a first build does without helpers. The oldest visits go
  // to the helper, the newest stay with the search worker.
  await page.evaluate(async (companyId) => {
    const repos = (window as AutomationWindow).__kakehashi!.repositories;
    const count = 17_000;
    for (let start = 0; start < count; start += 5000) {
      const chunk = Array.from({ length: Math.min(5000, count - start) }, (_, i) => {
        const n = start + i;
        const word = n === 0 ? '最古の紅花染め' : n === count - 1 ? '最新の醸造試験' : '定期訪問';
        return {
          companyId,
          date: '2026-05-01',
          purpose: 'followUp' as const,
          summary: `${word}について相談（${n}）`,
          state: 'final' as const,
        };
      });
      await repos.visits.bulkCreate(chunk);
    }
  }, sakuranbo);

  // A restart without the saved index: the next start builds it from the database.
  await page.context().addInitScript(() => void indexedDB.deleteDatabase('kakehashi-search-index'));
  await page.reload();
  const ready = await page.waitForFunction(
    () => {
      const mark = performance.getEntriesByName('kakehashi:search-index-ready')[0] as PerformanceMark | undefined;
      return mark?.detail as { indexed: number; helped?: number } | undefined;
    },
    null,
    { timeout: 120_000 },
  );
  const detail = (await ready.jsonValue()) as { indexed: number; helped?: number };
  // 3 companies, 17,001 visits, 1 need.
  expect(detail.indexed).toBe(17_005);
  expect(detail.helped ?? 0).toBeGreaterThan(0);

  const { box, list } = dialogOf(page);
  await pressCtrlK(page);
  const visits = list.getByRole('group', { name: ja.search.kinds.visit });
  await box.fill('紅花染め');
  await expect(visits.getByRole('option')).toHaveCount(1);
  await expect(visits.getByRole('option')).toContainText('最古の紅花染めについて相談（0）');
  await box.fill('醸造試験');
  await expect(visits.getByRole('option')).toHaveCount(1);
  await expect(visits.getByRole('option')).toContainText('最新の醸造試験について相談');
  await box.fill('');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('17,005 件から検索します。');
});
