import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '#shared/i18n/en';
import { ja } from '#shared/i18n/ja';
import { computeReport } from '#shared/reports/computeReport';
import { indexReportData } from '#shared/reports/reportIndex';
import { plainTranslator, type ReportLabels } from '#shared/reports/reportLabels';
import { reportWorkbook, reportWorkbookTables } from '#shared/reports/reportWorkbook';
import { fixture, id } from './reportFixture.ts';

const names = new Map<string, string>([
  ...fixture.companies.map((c): [string, string] => [c.id, c.name]),
  ...fixture.seeds.map((s): [string, string] => [s.id, s.title]),
]);
const labelsOf = (resource: object): ReportLabels => ({
  t: plainTranslator(resource),
  companyName: (key) => names.get(key) ?? '',
  seedTitle: (key) => names.get(key) ?? '',
});
const index = indexReportData(fixture);
const report = computeReport(index, { fiscalYear: 2019, coordinator: '', region: '' });

// An independent reader: Debian's python3-openpyxl.
const reader = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    out[ws.title] = {
        "rows": [[(c.value.date().isoformat() if isinstance(c.value, datetime.datetime) else c.value) for c in row] for row in ws.iter_rows()],
        "freeze": ws.freeze_panes,
        "bold": all(c.font.b for c in ws[1]),
        "width": ws.column_dimensions["B"].width,
    }
print(json.dumps(out, ensure_ascii=False))
`;

type Read = { sheets: string[] } & Record<string, { rows: unknown[][]; freeze: string; bold: boolean; width: number }>;

async function readBack(labels: ReportLabels, language: 'ja' | 'en'): Promise<Read> {
  const file = join(mkdtempSync(join(tmpdir(), 'kkh-report-')), 'report.xlsx');
  writeFileSync(file, await reportWorkbook(index, report, labels, language));
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', reader, file], { encoding: 'utf8' })) as Read;
}

describe('report workbook', () => {
  it('is read back by openpyxl: Japanese sheets, headers, numbers, real dates, frozen bold headers', async () => {
    const read = await readBack(labelsOf(ja), 'ja');
    expect(read.sheets[0]).toBe('概要');
    expect(read.sheets).toContain('地域別の訪問件数');
    expect(read.sheets.slice(-4)).toEqual(['集計した訪問記録', '集計したニーズ', '集計したマッチング', '集計した行事']);
    expect(read.sheets).toHaveLength(1 + 19 + 4);

    const byRegion = read['地域別の訪問件数'];
    expect(byRegion?.rows).toEqual([
      ['区分', '令和元年度（2019年度）', '平成30年度（2018年度）', '差', '前年度比'],
      ['村山', 2, 1, 1, 2],
      ['最上', 0, 0, 0, null],
      ['置賜', 1, 0, 1, null],
      ['庄内', 1, 1, 0, 1],
    ]);
    expect(byRegion?.freeze).toBe('A2');
    expect(byRegion?.bold).toBe(true);

    const visits = read['集計した訪問記録'];
    expect(visits?.rows[0]).toEqual(['日付', '企業名', '地域', '業種', '目的', 'コーディネーター', '紹介したシーズ']);
    expect(visits?.rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['2019-04-01', '会社C1', '村山', '食品製造業', 'ニーズ探索', 'A'],
      ['2019-05-10', '会社C2', '庄内', 'JA', 'シーズ紹介', 'B'],
      ['2019-09-09', '会社C1', '村山', '食品製造業', 'フォローアップ', 'A'],
      ['2020-03-31', '会社C3', '置賜', '大学・研究機関', 'シーズ紹介', 'A'],
    ]);
    expect(visits?.freeze).toBe('A2');
    expect(visits?.width).toBeGreaterThanOrEqual(30);

    expect(read['集計したニーズ']?.rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['2019-04-01', '会社C1', '食品'],
      ['2020-03-31', '会社C2', '農業'],
    ]);
    expect(read['集計した行事']?.rows.slice(1)).toEqual([
      ['2019-04-01', '研究交流会', '行事E3', '村山', 1, 0],
      ['2019-11-11', 'シーズ説明会', '行事E1', '置賜', 3, 2],
    ]);
    const summary = read['概要']?.rows ?? [];
    expect(summary[1]?.slice(0, 2)).toEqual(['レポート', '令和元年度（2019年度）']);
    expect(summary).toContainEqual(['訪問活動', '訪問した企業の数', '初めて訪問した企業', 1, 2, -1, 0.5]);
  });

  it('writes English sheets and headers in English', async () => {
    const read = await readBack(labelsOf(en), 'en');
    expect(read.sheets[0]).toBe('Summary');
    expect(read['Visits by region']?.rows[0]).toEqual([
      'Category',
      'FY2019',
      'FY2018',
      'Difference',
      'Ratio to last year',
    ]);
  });

  it('never writes the title of a confidential need', () => {
    const secret = {
      ...fixture,
      needs: fixture.needs.map((n) => (n.id === id('N1') ? { ...n, confidential: true } : n)),
    };
    const secretIndex = indexReportData(secret);
    const tables = reportWorkbookTables(secretIndex, computeReport(secretIndex, report.filter), labelsOf(ja), 'ja');
    const cells = tables.flatMap((t) => t.rows.flat());
    expect(cells).not.toContain('ニーズN1');
    expect(cells).toContain('（機密）');
  });
});
