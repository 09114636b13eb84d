import Encoding from 'encoding-japanese';
import Papa from 'papaparse';
import type { ExportCell, ExportTable } from './exportTable.ts';

/** A character Shift_JIS cannot hold, named by the spreadsheet row (header = 1) and column header. */
export type Unencodable = Readonly<{ row: number; column: string; character: string }>;

/** A CSV file, or the cells that stop it from being written in Shift_JIS. */
export type CsvResult =
  Readonly<{ ok: true; bytes: Uint8Array<ArrayBuffer> }> | Readonly<{ ok: false; unencodable: readonly Unencodable[] }>;

const bom = new Uint8Array([0xef, 0xbb, 0xbf]);

// Unicode characters whose look-alike CP932 holds under another code point (Windows' own
// mapping): written as that look-alike instead of being refused.
const cp932LookAlikes: Readonly<Record<string, string>> = {
  '\u00a5': '\uffe5', // ¥ → ￥
  '\u2014': '\u2015', // — → ―
  '\u00a2': '\uffe0', // ¢ → ￠
  '\u00a3': '\uffe1', // £ → ￡
  '\u00ac': '\uffe2', // ¬ → ￢
};
const lookAlikePattern = new RegExp(`[${Object.keys(cp932LookAlikes).join('')}]`, 'gu');

const toCp932Text = (text: string) => text.replace(lookAlikePattern, (c) => cp932LookAlikes[c] ?? c);

const formulaStart = /^[=+\-@\t\r]/;

const cellText = (cell: ExportCell): string | number => (cell === null ? '' : cell);

function csvText(table: ExportTable): string {
  // Excel reads CRLF; a text cell starting with = + - @ (or a tab or CR) is written as text ('…),
  // never as a formula. Numbers are numbers, so a negative amount is not touched. The pattern is
  // given because papaparse's default (`/^[=+\-@\t\r].*$/`) misses a cell with a line break.
  return Papa.unparse(
    { fields: table.columns.map((column) => column.header), data: table.rows.map((row) => row.map(cellText)) },
    { newline: '\r\n', escapeFormulae: formulaStart, quotes: false },
  );
}

function firstUnencodable(text: string): string | null {
  for (const character of text) {
    try {
      Encoding.convert(Encoding.stringToCode(character), { to: 'SJIS', from: 'UNICODE', fallback: 'error' });
    } catch {
      return character;
    }
  }
  return null;
}

function findUnencodable(table: ExportTable): Unencodable[] {
  const found: Unencodable[] = [];
  const check = (text: string, row: number, column: string) => {
    const character = firstUnencodable(toCp932Text(text));
    if (character !== null) found.push({ row, column, character });
  };
  table.columns.forEach((column) => check(column.header, 1, column.header));
  table.rows.forEach((cells, index) =>
    cells.forEach((cell, columnIndex) => {
      if (typeof cell === 'string') check(cell, index + 2, table.columns[columnIndex]?.header ?? '');
    }),
  );
  return found;
}

/** The list as a UTF-8 CSV with a BOM (what Excel needs to read UTF-8), CRLF line ends. */
export function toCsvUtf8(table: ExportTable): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(csvText(table));
  const bytes = new Uint8Array(bom.length + body.length);
  bytes.set(bom, 0);
  bytes.set(body, bom.length);
  return bytes;
}

/**
 * The list as a Shift_JIS (CP932) CSV for older Excel. A character CP932 cannot hold is never
 * written as `?`: every such cell is named instead, and no file is made.
 */
export function toCsvShiftJis(table: ExportTable): CsvResult {
  const text = toCp932Text(csvText(table));
  try {
    const codes = Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE', fallback: 'error' });
    return { ok: true, bytes: Uint8Array.from(codes) };
  } catch {
    return { ok: false, unencodable: findUnencodable(table) };
  }
}
