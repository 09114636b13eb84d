import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { enableAutomation, expectNoAxeViolations, type AutomationWindow } from './screensHelpers.ts';

test('home lists overdue and today’s follow-ups, those of the next two weeks, recent visits, drafts and open needs without a match', async ({
  app,
}) => {
  const { page } = app;
  await enableAutomation(page);
  await page.evaluate(async () => {
    const { repositories } = (window as AutomationWindow).__kakehashi!;
    const iso = (offsetDays: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offsetDays);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const company = await repositories.companies.create({
      name: '天童フーズ',
      nameKana: 'てんどうふーず',
      kind: 'foodMaker',
      municipality: '06210',
    });
    await repositories.visits.create({
      companyId: company.id,
      date: iso(-10),
      purpose: 'seedIntroduction',
      state: 'final',
      followUps: [
        { text: '試験データを送る', due: iso(-3) },
        { text: '見積もりを依頼する', due: iso(0) },
        { text: '来月の打合せ', due: iso(20) },
        { text: 'サンプルを届ける', due: iso(5) },
        { text: '報告書を送る', due: iso(14) },
        { text: '済んだ連絡', due: iso(-5), done: true },
      ],
    });
    await repositories.visits.create({ companyId: company.id, date: iso(-1), purpose: 'followUp', state: 'draft' });
    const [seed] = await repositories.seeds.bulkCreate([{ title: '発酵技術', field: 'food', stage: 'basic' }]);
    await repositories.needs.create({ companyId: company.id, title: '保存性を高めたい', field: 'food' });
    const matched = await repositories.needs.create({
      companyId: company.id,
      title: '既にマッチング済み',
      field: 'food',
    });
    await repositories.matches.create({ needId: matched.id, seedId: seed!.id });
  });
  await page.getByRole('link', { name: ja.nav.home, exact: true }).click();

  const followUps = page.getByRole('region', { name: ja.screens.home.followUps });
  await expect(followUps.getByRole('listitem')).toHaveCount(2);
  await expect(followUps.getByRole('listitem').first()).toContainText('試験データを送る');
  await expect(followUps.getByRole('listitem').first()).toContainText(ja.screens.common.overdue);
  await expect(followUps.getByRole('listitem').nth(1)).toContainText('見積もりを依頼する');
  await expect(followUps.getByRole('listitem').nth(1)).toContainText(ja.screens.common.today);
  await expect(followUps).not.toContainText('来月の打合せ');
  await expect(followUps).not.toContainText('済んだ連絡');
  await expect(followUps.getByRole('link', { name: '天童フーズ' }).first()).toBeVisible();

  // The next two weeks, soonest first; not today's, not beyond the fourteenth day.
  const upcoming = page.getByRole('region', { name: ja.screens.home.upcomingFollowUps });
  await expect(upcoming.getByRole('listitem')).toHaveCount(2);
  await expect(upcoming.getByRole('listitem').first()).toContainText('サンプルを届ける');
  await expect(upcoming.getByRole('listitem').nth(1)).toContainText('報告書を送る');
  await expect(upcoming.getByRole('link', { name: '天童フーズ' }).first()).toBeVisible();
  await expect(upcoming).not.toContainText('見積もりを依頼する');
  await expect(upcoming).not.toContainText('来月の打合せ');

  await expect(page.getByRole('region', { name: ja.screens.home.recentVisits }).getByRole('listitem')).toHaveCount(2);
  const drafts = page.getByRole('region', { name: ja.screens.home.drafts });
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  await expect(drafts).toContainText(ja.data.visitPurposes.followUp);
  const needs = page.getByRole('region', { name: ja.screens.home.unmatchedNeeds });
  await expect(needs.getByRole('link', { name: '保存性を高めたい' })).toBeVisible();
  await expect(needs).not.toContainText('既にマッチング済み');
  await expectNoAxeViolations(page);

  // The company list marks the company as having an overdue follow-up.
  await page.getByRole('link', { name: ja.nav.companies, exact: true }).click();
  await page.getByRole('search').getByLabel(ja.screens.companies.hasOverdueFollowUps).check();
  await expect(
    page.getByRole('list', { name: ja.screens.companies.list }).getByRole('link', { name: '天童フーズ' }),
  ).toBeVisible();
});

test('home with no data says so calmly, in 和暦 when chosen', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: ja.nav.settings, exact: true }).click();
  await page.getByLabel(ja.settings.calendarJapanese).click();
  await expect(page.getByLabel(ja.settings.calendarJapanese)).toBeChecked();
  await page.getByRole('link', { name: ja.nav.home, exact: true }).click();
  await expect(page.getByText(ja.screens.home.noFollowUps)).toBeVisible();
  await expect(page.getByText(ja.screens.home.noDrafts)).toBeVisible();
  await expect(page.locator('.page-subtitle')).toContainText('令和');
  await expectNoAxeViolations(page);
});
