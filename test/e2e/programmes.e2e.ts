import { ja } from '#shared/i18n/ja';
import { testEvent, testSeed } from '../harness/handoutFixtures.ts';
import { openHandout } from '../harness/handoutPdf.ts';
import { putRecords } from '../harness/seedDatabase.ts';
import { expect, test } from './fixtures.ts';

const label = (field: keyof typeof ja.data.fields.programme) => ja.data.fields.programme[field];

test('a current-year session prints the 支援制度 page once that year’s terms are entered on screen', async ({
  app,
  server,
}) => {
  const { page } = app;
  await page.getByRole('navigation', { name: ja.nav.label }).waitFor();
  const seeds = [testSeed({ title: '唾液による膵臓がん等の診断技術の開発', field: 'medical', stage: 'basic' })];
  const event = testEvent(seeds, { date: '2026-06-08' });
  await putRecords(page, { seeds, events: [event] });

  await openHandout(page, server.url, event.id, 'ja');
  await expect(page.getByRole('alert').filter({ hasText: '支援制度のページは入りません' })).toBeVisible();

  await page.goto(`${server.url}#/programmes/new`);
  const form = page.getByRole('form', { name: ja.projects.programmes.createTitle });
  await form.getByLabel(label('fiscalYear')).fill('２０２６');
  await form.getByLabel(label('awards')).fill('5');
  await form.getByLabel(label('grantMinYen')).fill('300,000');
  await form.getByLabel(label('grantMaxYen')).fill('１，５００，０００');
  await form.getByLabel(label('callStart')).fill('2026-05-25');
  await form.getByLabel(label('callEnd')).fill('2026-06-25');
  await form.getByLabel(label('committeeDate')).fill('2026-07-09');
  await form.getByLabel(label('periodEnd')).fill('2027-03-31');

  // A fraction of a yen is refused with the field named, and nothing is saved.
  await form.getByLabel(label('grantMinYen')).fill('300000.5');
  await form.getByRole('button', { name: ja.screens.common.save }).click();
  await expect(form.getByText('助成額の下限は0以上の整数で入力してください。')).toBeVisible();
  await form.getByLabel(label('grantMinYen')).fill('300,000');
  await form.getByRole('button', { name: ja.screens.common.save }).click();
  await expect(page.getByRole('form', { name: ja.projects.programmes.editTitle })).toBeVisible();

  await openHandout(page, server.url, event.id, 'ja');
  await expect(page.getByRole('alert').filter({ hasText: '支援制度のページは入りません' })).toHaveCount(0);
  await expect(page.getByText('令和8年度 バイオ技術産業化支援事業のご案内')).toBeVisible();
  await expect(page.getByText('300,000円以上 1,500,000円以内')).toBeVisible();
  await expect(page.getByText('助成額の1,000円未満は切り捨て')).toBeVisible();
});
