// Import of 10,000 companies from a CSV: parse + check + plan and the write against a raw bulkPut
// of the same records (in the page), and the screen's preview of the first 100 rows (through the UI,
// parsing in the import worker).
import { municipalities } from '#shared/master/municipalities';
import { bundleForPage } from '../../test/harness/bundleForPage.ts';
import { launchApp } from '../../test/harness/launchApp.ts';
import type { Figure } from '../../test/browser/insertBenchmark.ts';
import type { BenchContext } from '../benchContext.ts';

const kinds = ['JA', '農業法人', '農業者', '食品製造業', '医療関連企業', '金融機関', '大学', '公設試'];

function companyCsv(rows: number): string {
  const lines = ['企業名,フリガナ,郵便番号,住所,電話,業種,担当者,メール,従業員数,備考'];
  for (let i = 0; i < rows; i++) {
    const m = municipalities[i % municipalities.length];
    lines.push(
      [
        `ベンチ株式会社${i}`,
        `ベンチカブシキガイシャ${i}`,
        '990-0021',
        `山形県${m?.ja ?? '山形市'}テスト町${i}番地`,
        '023-630-2211',
        kinds[i % kinds.length],
        `担当者${i}`,
        `user${i}@example.jp`,
        String(10 + (i % 300)),
        '"測定用の架空データ、行 ' + String(i) + '"',
      ].join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Runs the import benchmark. */
export async function run({ baseUrl, report }: BenchContext): Promise<void> {
  const rows = Number(process.env['KAKEHASHI_BENCH_IMPORT_ROWS'] ?? 10_000);
  const csv = companyCsv(rows);
  const script = await bundleForPage(new URL('../../test/browser/importEntry.ts', import.meta.url), 'kakehashiImport');
  const app = await launchApp({ baseUrl });
  try {
    await app.page.evaluate(script);
    const figures = await app.page.evaluate(async (text) => {
      const bench = (globalThis as unknown as { kakehashiImport: { importBenchmark(csv: string): Promise<Figure[]> } })
        .kakehashiImport;
      return bench.importBenchmark(text);
    }, csv);
    for (const figure of figures) report(figure.name, figure.value, figure.unit);

    // The screen: from picking the file to the preview table showing its first 100 rows.
    await app.page.goto(new URL('#/companies/import', app.page.url()).href);
    const input = app.page.getByLabel('取り込むファイル（CSV・XLSX）');
    await input.waitFor();
    const started = Date.now();
    await input.setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await app.page.locator('table.data-table tbody tr').nth(99).waitFor({ timeout: 120_000 });
    report('import.previewFirst100', Date.now() - started, 'ms');
  } finally {
    await app.close();
  }
}
