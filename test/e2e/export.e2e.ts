import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';

const exportJa = ja.export;

test('the company list exports what its filter shows, as Shift_JIS CSV and as Excel', async ({ launch }) => {
  const { page } = await launch({ firstRun: 'samples' });
  await page.getByRole('link', { name: ja.nav.companies, exact: true }).click();
  await page.getByLabel(ja.data.fields.company.kind, { exact: true }).selectOption({ label: ja.data.companyKinds.ja });
  const listed = await page
    .getByRole('list', { name: ja.screens.companies.list })
    .locator('.company-name a')
    .allTextContents();
  expect(listed.length).toBeGreaterThan(0);

  await page.getByLabel(exportJa.format).selectOption({ label: exportJa.formats['csv-sjis'] });
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: exportJa.button }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^企業一覧-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = new TextDecoder('shift_jis').decode(await readFile(await csv.path()));
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  expect(rows[0]?.slice(0, 3)).toEqual([
    ja.data.fields.company.name,
    ja.data.fields.company.nameKana,
    ja.data.fields.company.kind,
  ]);
  expect(rows.slice(1).map((row) => row[0])).toEqual(listed);
  expect(new Set(rows.slice(1).map((row) => row[2]))).toEqual(new Set([ja.data.companyKinds.ja]));
  await expect(page.getByRole('status').filter({ hasText: csv.suggestedFilename() })).toBeVisible();

  await page.getByLabel(exportJa.format).selectOption({ label: exportJa.formats.xlsx });
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: exportJa.button }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/^企業一覧-.*\.xlsx$/);
  // openpyxl goes by the file's extension.
  const xlsxPath = test.info().outputPath(xlsx.suggestedFilename());
  await xlsx.saveAs(xlsxPath);
  const read = execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      'import sys, json, openpyxl; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(json.dumps([ws.title, [c.value for c in ws[1]], [r[0].value for r in ws.iter_rows(min_row=2)]], ensure_ascii=False))',
      xlsxPath,
    ],
    { encoding: 'utf8' },
  );
  const [title, headers, names] = JSON.parse(read) as [string, string[], string[]];
  expect(title).toBe(exportJa.sheets.companies);
  expect(headers.slice(0, 2)).toEqual([ja.data.fields.company.name, ja.data.fields.company.nameKana]);
  expect(names).toEqual(listed);
});

test('a Shift_JIS export names the cell it cannot hold and downloads nothing', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: ja.nav.companies, exact: true }).click();
  await page.getByRole('link', { name: ja.screens.companies.create }).click();
  await page.getByLabel(ja.data.fields.company.name, { exact: true }).fill('絵文字😀農園');
  await page
    .getByLabel(ja.data.fields.company.kind, { exact: true })
    .selectOption({ label: ja.data.companyKinds.farmer });
  await page.getByLabel(ja.data.fields.company.name, { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('絵文字😀農園');
  await page.getByRole('link', { name: ja.nav.companies, exact: true }).click();
  await page.getByLabel(exportJa.format).selectOption({ label: exportJa.formats['csv-sjis'] });
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await page.getByRole('button', { name: exportJa.button }).click();
  const cell = exportJa.unencodableCell
    .replace('{{row}}', '2')
    .replace('{{column}}', ja.data.fields.company.name)
    .replace('{{character}}', '😀');
  await expect(page.getByText(cell)).toBeVisible();
  await expect(page.getByText(exportJa.unencodable)).toBeVisible();
  expect(downloaded).toBe(false);
});
