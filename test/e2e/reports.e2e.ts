import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ja } from '#shared/i18n/ja';
import { pdfFonts, pdfInfo, pdfText } from '../harness/poppler.ts';
import { expect, test } from './fixtures.ts';

const reportsJa = ja.reports;

test('the report of the sample year: a bar opens the visits it counts, the workbook holds them', async ({ launch }) => {
  const { page } = await launch({ firstRun: 'samples' });
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
  });
  await page.getByRole('link', { name: ja.nav.reports, exact: true }).click();
  await page
    .getByRole('combobox', { name: reportsJa.fiscalYear, exact: true })
    .selectOption({ label: '平成24年度（2012年度）' });

  const byRegion = page.getByRole('region', { name: reportsJa.tables.visitsByRegion });
  // The sample year has three final visits: 置賜, 村山 and 庄内 (the 2012-06-14 draft is not counted).
  const murayama = byRegion.getByRole('row', { name: /村山/ });
  await expect(murayama.getByRole('cell').first()).toHaveText('1');
  const bars = byRegion.locator('.report-bar-current path');
  await bars.first().click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${reportsJa.tables.visitsByRegion}：村山（平成24年度（2012年度））`,
  );
  const records = page.getByRole('list', { name: reportsJa.title }).getByRole('listitem');
  await expect(records).toHaveCount(1);
  await expect(records.first()).toContainText('サンプル果樹園');
  await expect(records.first()).toContainText(ja.data.visitPurposes.needsDiscovery);

  await page.getByRole('link', { name: reportsJa.back }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: reportsJa.excel }).click();
  const file = test.info().outputPath('report.xlsx');
  await (await download).saveAs(file);
  const read = JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys, json, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["集計した訪問記録"]; print(json.dumps([wb.sheetnames, [[c.value if not hasattr(c.value, "isoformat") else c.value.date().isoformat() for c in r][:2] for r in ws.iter_rows(min_row=2)]], ensure_ascii=False))',
        file,
      ],
      { encoding: 'utf8' },
    ),
  ) as [string[], string[][]];
  expect(read[0][0]).toBe(reportsJa.sheets.summary);
  expect(read[1]).toEqual([
    ['2012-06-05', 'サンプル醸造株式会社'],
    ['2012-06-08', 'サンプル果樹園'],
    ['2012-07-02', 'サンプルメディカル株式会社'],
  ]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('the report prints to an A4 PDF with its Japanese font embedded', async ({ launch }) => {
  const app = await launch({ firstRun: 'samples' });
  const { page } = app;
  await page.getByRole('link', { name: ja.nav.reports, exact: true }).click();
  await page
    .getByRole('combobox', { name: reportsJa.fiscalYear, exact: true })
    .selectOption({ label: '平成24年度（2012年度）' });
  await page.getByRole('link', { name: reportsJa.print }).click();
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: reportsJa.print }).click();
  const saved = join(app.userDataPath, 'pdf', 'レポート-2012.pdf');
  await expect(page.getByText(saved)).toBeVisible();

  const info = await pdfInfo(saved);
  expect(info.pages).toBeGreaterThan(1);
  expect([Math.round(info.widthPt), Math.round(info.heightPt)]).toEqual([595, 842]);
  const fonts = await pdfFonts(saved);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  expect(fonts.every((font) => font.name.includes('NotoSansJP'))).toBe(true);
  const text = (await pdfText(saved)).replace(/\s+/g, '');
  expect(text).toContain('平成24年度（2012年度）');
  expect(text).toContain(reportsJa.tables.visitsByRegion);
  expect(text).toContain(reportsJa.sections.exchange);
});
