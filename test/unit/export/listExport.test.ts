import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsvShiftJis, toCsvUtf8 } from '#shared/export/csv';
import type { ExportTable } from '#shared/export/exportTable';
import { toXlsx } from '#shared/export/xlsx';

const table: ExportTable = {
  name: '企業一覧',
  columns: [
    { header: '企業名', kind: 'text' },
    { header: '法人番号', kind: 'text' },
    { header: '資本金', kind: 'yen' },
    { header: '初回訪問日', kind: 'date' },
    { header: '備考', kind: 'text' },
  ],
  rows: [
    ['㈱髙橋製作所', '7000012050002', 30_000_000, '2012-04-01', '=HYPERLINK("http://evil.invalid")'],
    ['山形の﨑, 農園', '0123456789012', -5, '2013-03-31', '+81 23 000\r\n二行目 "引用"'],
    ['ＪＡ①〜', null, null, null, '@SUM(A1)'],
    ['￥と¥', '', 0, '', '-関係者'],
  ],
};

const parseCsv = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('CSV export', () => {
  it('is UTF-8 with a BOM and CRLF, keeps Japanese text, quotes, newlines and long numbers as text', () => {
    const bytes = toCsvUtf8(table);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('企業名,法人番号,資本金,初回訪問日,備考');
    const rows = parseCsv(text);
    expect(rows[1]?.slice(0, 4)).toEqual(['㈱髙橋製作所', '7000012050002', '30000000', '2012-04-01']);
    expect(rows[2]?.[0]).toBe('山形の﨑, 農園');
    expect(rows[2]?.[4]).toBe('\'+81 23 000\r\n二行目 "引用"');
  });

  it('guards text cells that Excel would run as formulas, not numbers', () => {
    const rows = parseCsv(new TextDecoder().decode(toCsvUtf8(table).slice(3)));
    expect(rows[1]?.[4]).toBe('\'=HYPERLINK("http://evil.invalid")');
    expect(rows[3]?.[4]).toBe("'@SUM(A1)");
    expect(rows[4]?.[4]).toBe("'-関係者");
    expect(rows[2]?.[2]).toBe('-5');
  });

  it('writes Shift_JIS (CP932) with its extras and the yen sign, readable by a CP932 decoder', () => {
    const result = toCsvShiftJis(table);
    if (!result.ok) throw new Error(`unexpected: ${JSON.stringify(result.unencodable)}`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(result.bytes)).toThrow();
    const rows = parseCsv(new TextDecoder('shift_jis').decode(result.bytes));
    expect(rows[0]?.[0]).toBe('企業名');
    expect(rows[1]?.[0]).toBe('㈱髙橋製作所');
    expect(rows[2]?.[0]).toBe('山形の﨑, 農園');
    // CP932 holds 〜 as the full-width tilde (Windows' mapping), and ¥ as ￥.
    expect(rows[3]?.[0]).toBe('ＪＡ①～');
    expect(rows[4]?.[0]).toBe('￥と￥');
    expect(rows[1]?.[4]).toBe('\'=HYPERLINK("http://evil.invalid")');
  });

  it('names each cell Shift_JIS cannot hold by row and column instead of writing ?', () => {
    const result = toCsvShiftJis({
      ...table,
      rows: [...table.rows, ['絵文字😀', '', null, null, '𠮷野家']],
    });
    expect(result).toEqual({
      ok: false,
      unencodable: [
        { row: 6, column: '企業名', character: '😀' },
        { row: 6, column: '備考', character: '𠮷' },
      ],
    });
  });
});

describe('XLSX export', () => {
  it('is read back by openpyxl with the Japanese sheet name, bold frozen headers, numbers and real dates', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kkh-export-'));
    const file = join(folder, 'list.xlsx');
    writeFileSync(file, await toXlsx([table, { ...table, name: '訪問:記録/2012年度[全件]' }]));
    const script = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = [[(c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value) for c in row] for row in ws.iter_rows()]
    out[ws.title] = {
        "rows": rows,
        "types": [type(c.value).__name__ for c in ws[2]],
        "bold": ws["A1"].font.b,
        "freeze": ws.freeze_panes,
        "width": ws.column_dimensions["A"].width,
        "formats": [c.number_format for c in ws[2]],
    }
print(json.dumps(out, ensure_ascii=False))
`;
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as Record<
      string,
      { rows: unknown[][]; types: string[]; bold: boolean; freeze: string; width: number; formats: string[] }
    >;
    expect(Object.keys(read)).toEqual(['企業一覧', '訪問_記録_2012年度_全件_']);
    const sheet = read['企業一覧'];
    expect(sheet?.rows[0]).toEqual(['企業名', '法人番号', '資本金', '初回訪問日', '備考']);
    expect(sheet?.rows[1]).toEqual([
      '㈱髙橋製作所',
      '7000012050002',
      30_000_000,
      '2012-04-01T00:00:00',
      '=HYPERLINK("http://evil.invalid")',
    ]);
    expect(sheet?.types).toEqual(['str', 'str', 'int', 'datetime', 'str']);
    expect(sheet?.formats[2]).toBe('#,##0');
    expect(sheet?.bold).toBe(true);
    expect(sheet?.freeze).toBe('A2');
    expect(sheet?.width).toBeGreaterThan(5);
    expect(sheet?.rows[3]?.slice(1, 4)).toEqual([null, null, null]);
  });
});
