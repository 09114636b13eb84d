// The reader on files written here: a CP932 CSV as old Windows Excel saves it, a UTF-8 CSV with BOM
// and CRLF as newer Excel saves it, and an XLSX written by an independent writer (Debian's openpyxl).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet, detectEncoding } from '../../../renderer/src/features/import/readSpreadsheet.ts';
import { guessMapping } from '#shared/import/importFields';
import { planImport } from '#shared/import/importPlan';

const python = '/usr/bin/python3';
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kakehashi-import-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs Debian's python3 (openpyxl) with a script; the script gets the output path as argv[1]. */
async function writeWithPython(name: string, script: string): Promise<Uint8Array> {
  const path = join(folder, name);
  await promisify(execFile)(python, ['-c', script, path]);
  return new Uint8Array(await readFile(path));
}

// The CP932 extras: NEC special (①, ㈱), IBM extensions (髙, 﨑) and 0x8160 (〜 → U+FF5E).
const cp932Bytes = (text: string): Uint8Array => {
  const map: Record<string, number[]> = {
    '①': [0x87, 0x40],
    '㈱': [0x87, 0x8a],
    髙: [0xfb, 0xfc],
    﨑: [0xfa, 0xb1],
    '〜': [0x81, 0x60],
  };
  const out: number[] = [];
  const sjis = new TextDecoder('shift_jis');
  for (const char of text) {
    if (map[char] !== undefined) {
      out.push(...map[char]);
      continue;
    }
    if (char.charCodeAt(0) < 0x80) {
      out.push(char.charCodeAt(0));
      continue;
    }
    // Find the two-byte code of a JIS X 0208 character by decoding candidates (test-only, small texts).
    let found = false;
    for (let lead = 0x81; lead <= 0xef && !found; lead++) {
      if (lead >= 0xa0 && lead <= 0xdf) continue;
      for (let trail = 0x40; trail <= 0xfc && !found; trail++) {
        if (sjis.decode(new Uint8Array([lead, trail])) === char) {
          out.push(lead, trail);
          found = true;
        }
      }
    }
    if (!found) throw new Error(`no Shift_JIS code for ${char}`);
  }
  return new Uint8Array(out);
};

describe('CSV', () => {
  it('reads a CP932 file with quoted commas and line breaks and the CP932 extras, numbering rows as Excel does', async () => {
    const text =
      '企業名,住所,備考\r\n' +
      '㈱髙橋食品,"山形県鶴岡市馬場町9-22, 2階","第①工場\r\n山﨑さん〜"\r\n' +
      '出羽ファーム,山形県酒田市,\r\n';
    const bytes = cp932Bytes(text);
    expect(detectEncoding(bytes)).toBe('shift_jis');
    const outcome = await readSpreadsheet({ bytes, fileName: '一覧.csv' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.value.encoding).toBe('shift_jis');
    expect(outcome.value.table.headers).toEqual(['企業名', '住所', '備考']);
    expect(outcome.value.table.rows).toEqual([
      { row: 2, cells: ['㈱髙橋食品', '山形県鶴岡市馬場町9-22, 2階', '第①工場\r\n山﨑さん\uff5e'] },
      { row: 3, cells: ['出羽ファーム', '山形県酒田市', ''] },
    ]);
  });

  it('reads UTF-8 with BOM and CRLF, and keeps long numbers and formulas as text', async () => {
    const bytes = new TextEncoder().encode(
      '\ufeff企業名,法人番号,電話,備考\r\n庄内バイオ,7001100059012,0235000002,=1+2\r\n\r\n米沢,,,\r\n',
    );
    const outcome = await readSpreadsheet({ bytes, fileName: 'list.csv' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.value.encoding).toBe('utf-8-bom');
    expect(outcome.value.table.headers[0]).toBe('企業名');
    expect(outcome.value.table.rows).toEqual([
      { row: 2, cells: ['庄内バイオ', '7001100059012', '0235000002', '=1+2'] },
      { row: 4, cells: ['米沢', '', '', ''] },
    ]);
  });

  it('reads a wrong guess again in the encoding the user chose, and refuses bytes invalid in UTF-8', async () => {
    const bytes = cp932Bytes('企業名\r\n髙橋\r\n');
    const forced = await readSpreadsheet({ bytes, fileName: 'a.csv', encoding: 'utf-8' });
    expect(forced).toEqual({ ok: false, error: { code: 'badEncoding', encoding: 'utf-8' } });
    const utf8 = new TextEncoder().encode('企業名\n出羽\n');
    const asSjis = await readSpreadsheet({ bytes: utf8, fileName: 'a.csv', encoding: 'shift_jis' });
    expect(asSjis.ok && asSjis.value.table.headers[0]).not.toBe('企業名');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'x.csv', 'empty'],
    ['a file of blank lines', new TextEncoder().encode('\r\n\r\n'), 'x.csv', 'empty'],
    ['a header only', new TextEncoder().encode('企業名,住所\r\n'), 'x.csv', 'headerOnly'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n'), 'x.pdf', 'notSpreadsheet'],
    ['binary bytes', new Uint8Array([1, 0, 2, 0]), 'x.csv', 'notSpreadsheet'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'x.xls', 'legacyXls'],
  ])('names %s', async (_name, bytes, fileName, code) => {
    expect(await readSpreadsheet({ bytes, fileName })).toEqual({ ok: false, error: { code } });
  });
});

describe('XLSX written by openpyxl', () => {
  const available = existsSync(python);

  it.runIf(available)(
    'reads numbers as their text, dates as ISO days and a 和暦-formatted date as its serial',
    async () => {
      const bytes = await writeWithPython(
        'book.xlsx',
        `
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '企業一覧'
ws.append(['企業名', '法人番号', '電話', '設立年月日', '従業員数', '業種', '備考'])
ws.append(['庄内バイオ', 7001100059012, '0235-00-0002', datetime.date(2001, 4, 1), 120, '食品', None])
ws.append(['米沢メディカル', None, None, datetime.date(2019, 5, 1), 8, '医療', None])
ws['D3'].number_format = '[$-411]ggge"年"m"月"d"日"'
ws['G2'] = '=HYPERLINK("http://example.jp")'
ws['G2'].data_type = 's'
wb.create_sheet('メモ').append(['x'])
wb.save(sys.argv[1])
`,
      );
      const outcome = await readSpreadsheet({ bytes, fileName: 'book.xlsx' });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      expect(outcome.value.sheets).toEqual(['企業一覧', 'メモ']);
      expect(outcome.value.table.rows).toEqual([
        {
          row: 2,
          cells: [
            '庄内バイオ',
            '7001100059012',
            '0235-00-0002',
            '2001-04-01',
            '120',
            '食品',
            '=HYPERLINK("http://example.jp")',
          ],
        },
        { row: 3, cells: ['米沢メディカル', '', '', '43586', '8', '医療', ''] },
      ]);
      const plan = planImport(outcome.value.table, guessMapping(outcome.value.table.headers));
      expect(plan.rows[1]?.company.notes).toBe('設立年月日: 2019-05-01\n従業員数: 8');
      // A chosen sheet is read instead of the first: this one has only a header row.
      expect(await readSpreadsheet({ bytes, fileName: 'book.xlsx', sheet: 'メモ' })).toEqual({
        ok: false,
        error: { code: 'headerOnly' },
      });
      expect(await readSpreadsheet({ bytes, fileName: 'book.xlsx', sheet: 'ない' })).toEqual({
        ok: false,
        error: { code: 'noSheet', sheet: 'ない' },
      });
    },
  );
});
