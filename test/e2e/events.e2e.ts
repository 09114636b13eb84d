import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { companySchema } from '#shared/domain/company';
import { eventSchema } from '#shared/domain/event';
import { newId } from '#shared/domain/ids';
import { needSchema } from '#shared/domain/need';
import { ja } from '#shared/i18n/ja';
import { testProgramme, testSeed } from '../harness/handoutFixtures.ts';
import { putRecords } from '../harness/seedDatabase.ts';
import { expect, test } from './fixtures.ts';

const meta = () => ({
  id: newId(),
  createdAt: '2012-05-01T00:00:00.000Z',
  updatedAt: '2012-05-01T00:00:00.000Z',
  createdBy: 'harness',
});

function stagedData() {
  const winery = companySchema.parse({
    ...meta(),
    name: '置賜ワイナリー',
    nameKana: 'おきたまわいなりー',
    kind: 'foodMaker',
    municipality: '06202',
    region: 'okitama',
    fields: ['food'],
    contacts: [{ name: '山田太郎', title: '製造部長', email: 'yamada@example.jp' }],
  });
  const farm = companySchema.parse({
    ...meta(),
    name: '置賜ファーム',
    nameKana: 'おきたまふぁーむ',
    kind: 'agriCorporation',
    municipality: '06202',
    region: 'okitama',
    fields: ['agriculture'],
  });
  const shonai = companySchema.parse({
    ...meta(),
    name: '庄内食品',
    nameKana: 'しょうないしょくひん',
    kind: 'foodMaker',
    municipality: '06203',
    region: 'shonai',
    fields: ['food'],
  });
  const need = needSchema.parse({
    ...meta(),
    companyId: winery.id,
    title: '在来品種ワインの香りを残したい',
    field: 'food',
    keywords: ['ワイン'],
  });
  const wine = testSeed({
    title: '県在来ブドウを使用した品質の高いワインの開発',
    field: 'food',
    stage: 'applied',
    keywords: ['ワイン'],
  });
  const sake = testSeed({
    title: 'メタボローム解析による日本酒の熟成及び機能性の解明',
    field: 'food',
    stage: 'applied',
  });
  const liver = testSeed({ title: '血液による複数の肝臓疾患診断技術の開発', field: 'medical', stage: 'basic' });
  return { companies: [winery, farm, shonai], needs: [need], seeds: [wine, sake, liver] };
}

async function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('kakehashi');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error ?? new Error('getAll failed'));
        };
      }),
    store,
  );
}

test('plan a session: seeds suggested for the region, invitations as CSV, consultations that create needs', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('navigation', { name: ja.nav.label }).waitFor();
  const data = stagedData();
  await putRecords(page, { ...data, programmes: [testProgramme()] });

  await page
    .getByRole('navigation', { name: ja.nav.label })
    .getByRole('link', { name: ja.nav.events, exact: true })
    .click();
  await page.getByRole('link', { name: ja.events.list.new }).click();

  // An empty title is refused with a message that names the field.
  await page.getByRole('button', { name: ja.events.editor.save }).click();
  await expect(page.getByText('名称を入力してください。')).toBeVisible();

  await page.getByLabel(ja.data.fields.event.title).fill('置賜地域 研究シーズ説明会');
  await page.getByLabel(ja.data.fields.event.region).selectOption('okitama');
  await page.getByLabel(ja.data.fields.event.date).fill('2012-06-08');
  await page.getByLabel(ja.data.fields.event.startTime).fill('13:30');
  await page.getByLabel(ja.data.fields.event.endTime).fill('16:30');
  await page.getByLabel(ja.data.fields.event.venue).fill('米沢市内 会議室');
  await page.getByLabel(ja.data.fields.event.organisers).fill('山形県\n(財)庄内地域産業振興センター');
  await page.getByRole('button', { name: ja.events.editor.save }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('置賜地域 研究シーズ説明会');

  // The wine seed is suggested because of the winery's open need, and the reason says so.
  const suggestions = page.locator('.suggestions');
  await expect(suggestions).toContainText('県在来ブドウを使用した品質の高いワインの開発');
  await expect(suggestions).toContainText('置賜ワイナリーのニーズ「在来品種ワインの香りを残したい」');
  await expect(suggestions).not.toContainText('肝臓');
  await suggestions.getByRole('button', { name: '「県在来ブドウを使用した品質の高いワインの開発」を追加' }).click();
  await page.getByText(ja.events.seeds.all).click();
  await page
    .locator('details')
    .getByRole('button', { name: '「メタボローム解析による日本酒の熟成及び機能性の解明」を追加' })
    .click();
  await page.getByRole('button', { name: '「メタボローム解析による日本酒の熟成及び機能性の解明」を上へ' }).click();
  await expect(page.locator('.picked-seeds li').first()).toContainText('日本酒');

  // Invitations: only the region's companies, narrowed by kind; exported as UTF-8 CSV with BOM.
  const invitations = page.locator('section[aria-labelledby="event-invitations"]');
  await expect(invitations).toContainText('置賜ファーム');
  await expect(invitations).not.toContainText('庄内食品');
  await invitations.getByLabel(ja.events.invitations.kind).selectOption('foodMaker');
  await expect(invitations).not.toContainText('置賜ファーム');
  // The box follows the stored event (a live query), so click and wait for it to show the change.
  await invitations.getByRole('checkbox', { name: /置賜ワイナリー/ }).click();
  await expect(invitations.getByRole('checkbox', { name: /置賜ワイナリー/ })).toBeChecked();
  await expect(invitations).toContainText('案内先 1 社');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    invitations.getByRole('button', { name: ja.events.invitations.exportCsv }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n')[1]).toBe(
    '置賜ワイナリー,おきたまわいなりー,食品製造業,置賜,米沢市,,,,山田太郎 製造部長,yamada@example.jp,食品',
  );

  // After the session: attendance and a consultation that becomes a need and a visit with a follow-up.
  await page.getByRole('checkbox', { name: `${ja.events.after.attended}: 置賜ワイナリー` }).click();
  await expect(page.getByRole('checkbox', { name: `${ja.events.after.attended}: 置賜ワイナリー` })).toBeChecked();
  await page.getByLabel(ja.events.after.company).selectOption({ label: '置賜ワイナリー' });
  await page
    .locator('.consultation-form')
    .getByRole('checkbox', { name: /ワインの開発/ })
    .check();
  await page.getByLabel(ja.events.after.notes).fill('試験醸造について相談したい');
  await page.getByRole('button', { name: ja.events.after.record }).click();
  await expect(page.getByText('相談を記録し、ニーズ 1 件とフォローアップを作成しました。')).toBeVisible();
  await expect(page.locator('.consultations')).toContainText(ja.events.after.createdVisit);

  const needs = await readStore(page, 'needs');
  expect(needs.map((need) => need['title'])).toContain('県在来ブドウを使用した品質の高いワインの開発についての相談');
  const visits = await readStore(page, 'visits');
  expect(visits).toHaveLength(1);
  expect(visits[0]?.['followUps']).toEqual([
    {
      text: '「県在来ブドウを使用した品質の高いワインの開発」について詳しい説明・資料を届ける',
      due: '2012-06-22',
      done: false,
    },
  ]);
  const [event] = await readStore(page, 'events');
  expect(event?.['attendance']).toEqual([expect.objectContaining({ attended: true })]);

  // The print preview shows the chosen seeds in the chosen order, outside the app shell.
  await page.getByRole('link', { name: ja.events.handout.preview }).click();
  await page.locator('[data-handout-ready="true"]').waitFor();
  await expect(page.getByRole('navigation', { name: ja.nav.label })).toHaveCount(0);
  await expect(page.locator('.seed-title')).toHaveText([
    'メタボローム解析による日本酒の熟成及び機能性の解明',
    '県在来ブドウを使用した品質の高いワインの開発',
  ]);
});

test('axe finds no accessibility violations on the event screen and the print preview', async ({ app, server }) => {
  const { page } = app;
  const data = stagedData();
  const event = eventSchema.parse({
    ...meta(),
    kind: 'seedBriefing',
    title: '置賜地域 研究シーズ説明会',
    region: 'okitama',
    date: '2012-06-08',
    // The wine seed stays unpicked, so it is suggested for the winery's need.
    seedIds: data.seeds.slice(1).map((seed) => seed.id),
    invitedCompanyIds: [data.companies[0]!.id],
  });
  await putRecords(page, { ...data, events: [event], programmes: [testProgramme()] });
  await page.goto(`${server.url}#/events/${event.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  await expect(page.locator('.suggestions')).toBeVisible();
  const editor = await new AxeBuilder({ page }).analyze();
  expect(editor.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.goto(`${server.url}#/print/handout/${event.id}`);
  await page.locator('[data-handout-ready="true"]').waitFor();
  const preview = await new AxeBuilder({ page }).analyze();
  expect(preview.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
