import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import { enableAutomation, expectNoAxeViolations, openRoute, type AutomationWindow } from './screensHelpers.ts';

const needFields = ja.data.fields.need;
const matchFields = ja.data.fields.match;

test('a need is added from its company, listed, filtered, and matched to a suggested seed with the reason shown', async ({
  app,
}) => {
  const { page } = app;
  await enableAutomation(page);
  const companyId = await page.evaluate(async () => {
    const { repositories } = (window as AutomationWindow).__kakehashi!;
    await repositories.seeds.bulkCreate([
      { title: '麹菌の発酵による香気成分の制御', field: 'food', stage: 'applied', keywords: ['発酵', '香り', '麹菌'] },
      { title: '果樹の病害抵抗性', field: 'agriculture', stage: 'basic', keywords: ['病害'] },
      { title: '乳酸菌による発酵乳', field: 'food', stage: 'practical', keywords: ['発酵'] },
    ]);
    const company = await repositories.companies.create({
      name: '酒田醸造',
      nameKana: 'さかたじょうぞう',
      kind: 'foodMaker',
      municipality: '06204',
    });
    return company.id;
  });

  await openRoute(page, `/needs/new?company=${companyId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.screens.needs.createTitle);
  await expect(page.getByLabel(needFields.title, { exact: true })).toBeFocused();
  // Saving without a title or field names both and stays on the form.
  await page.keyboard.press('Enter');
  await expect(page.getByText(ja.data.validation.required.replace('{{field}}', needFields.title))).toBeVisible();
  await expect(page.getByText(ja.data.validation.invalidChoice.replace('{{field}}', needFields.field))).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel(needFields.title, { exact: true }).fill('吟醸香の強い麹がほしい');
  await page.getByLabel(needFields.field, { exact: true }).selectOption({ label: ja.data.researchFields.food });
  await page.getByLabel(needFields.keywords, { exact: true }).fill('発酵、香り');
  await page.getByLabel(needFields.keywords, { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('吟醸香の強い麹がほしい');

  const suggestions = page.getByRole('list', { name: ja.screens.matching.suggestions });
  const best = suggestions.getByRole('listitem').first();
  await expect(best.getByRole('link')).toHaveText('麹菌の発酵による香気成分の制御');
  await expect(best).toContainText('共通キーワード: 発酵, 香り');
  await expect(suggestions.getByRole('link', { name: '果樹の病害抵抗性' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await best.getByRole('button', { name: '「麹菌の発酵による香気成分の制御」とマッチング' }).click();
  const match = page.getByRole('form', { name: '「麹菌の発酵による香気成分の制御」とのマッチング' });
  await expect(match.getByLabel(matchFields.status, { exact: true })).toHaveValue('proposed');
  await expect(match.getByLabel(matchFields.reason, { exact: true })).toHaveValue(/共通キーワード: 発酵, 香り/);
  await expect(suggestions.getByRole('link', { name: '麹菌の発酵による香気成分の制御' })).toHaveCount(0);

  await match.getByLabel(matchFields.status, { exact: true }).selectOption({ label: ja.data.matchStatuses.contacted });
  await match.getByLabel(matchFields.nextAction, { exact: true }).fill('研究者との面談を設定');
  await match.getByLabel(matchFields.due, { exact: true }).fill('2026-06-30');
  await match.getByRole('button', { name: ja.screens.common.save }).click();
  await expect(match.getByRole('status')).toHaveText(ja.screens.common.saved);
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.getByRole('form', { name: '「麹菌の発酵による香気成分の制御」とのマッチング' });
  await expect(again.getByLabel(matchFields.status, { exact: true })).toHaveValue('contacted');
  await expect(again.getByLabel(matchFields.nextAction, { exact: true })).toHaveValue('研究者との面談を設定');
  // Matching an open need marks it matched.
  await expect(
    page.getByRole('form', { name: ja.screens.needs.editTitle }).getByLabel(needFields.status, { exact: true }),
  ).toHaveValue('matched');

  await page.getByRole('link', { name: ja.nav.needs, exact: true }).click();
  const table = page.getByRole('table', { name: ja.screens.needs.list });
  await expect(table.getByRole('link', { name: '吟醸香の強い麹がほしい' })).toBeVisible();
  const filters = page.getByRole('search');
  await filters.getByLabel(needFields.status, { exact: true }).selectOption({ label: ja.data.needStatuses.open });
  await expect(page.getByText(ja.screens.needs.emptyFiltered)).toBeVisible();
  await filters.getByLabel(needFields.status, { exact: true }).selectOption({ label: ja.data.needStatuses.matched });
  await filters
    .getByLabel(ja.data.fields.company.region, { exact: true })
    .selectOption({ label: ja.data.regions.shonai });
  await expect(table.getByRole('link', { name: '吟醸香の強い麹がほしい' })).toBeVisible();
  // The filter is kept in the URL, so a reload shows the same list.
  await expect(page).toHaveURL(/status=matched/);
  await page.reload();
  await expect(filters.getByLabel(needFields.status, { exact: true })).toHaveValue('matched');
  await expect(filters.getByLabel(ja.data.fields.company.region, { exact: true })).toHaveValue('shonai');
  await expect(table.getByRole('link', { name: '吟醸香の強い麹がほしい' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '酒田醸造' }).click();
  const matches = page.getByRole('region', { name: ja.screens.companies.matches });
  await expect(matches).toContainText('麹菌の発酵による香気成分の制御');
  await expect(matches).toContainText(ja.data.matchStatuses.contacted);
});

test('an invalid need field blocks only the need form; its match still saves', async ({ app }) => {
  const { page } = app;
  await enableAutomation(page);
  const needId = await page.evaluate(async () => {
    const { repositories } = (window as AutomationWindow).__kakehashi!;
    const [seed] = await repositories.seeds.bulkCreate([
      { title: '発酵', field: 'food', stage: 'basic', keywords: ['発酵'] },
    ]);
    const company = await repositories.companies.create({ name: 'A社', kind: 'foodMaker' });
    const need = await repositories.needs.create({
      companyId: company.id,
      title: '発酵の相談',
      field: 'food',
      keywords: ['発酵'],
    });
    await repositories.matches.create({ needId: need.id, seedId: seed!.id });
    return need.id;
  });
  await openRoute(page, `/needs/${needId}`);
  const needForm = page.getByRole('form', { name: ja.screens.needs.editTitle });
  await needForm.getByLabel(needFields.title, { exact: true }).fill('');
  await needForm.getByLabel(needFields.title, { exact: true }).press('Enter');
  await expect(needForm.getByText(ja.data.validation.required.replace('{{field}}', needFields.title))).toBeVisible();

  const match = page.getByRole('form', { name: '「発酵」とのマッチング' });
  await match.getByLabel(matchFields.nextAction, { exact: true }).fill('試料を送る');
  await match.getByRole('button', { name: ja.screens.common.save }).click();
  await expect(match.getByRole('status')).toHaveText(ja.screens.common.saved);
  // The stored need kept its title.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('発酵の相談');
  await expect(
    page.getByRole('form', { name: '「発酵」とのマッチング' }).getByLabel(matchFields.nextAction, { exact: true }),
  ).toHaveValue('試料を送る');
});
