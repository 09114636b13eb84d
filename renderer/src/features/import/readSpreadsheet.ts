// Reads a company list as Excel writes it — CSV in UTF-8 (with or without BOM) or Shift_JIS (CP932),
// or the first (or a chosen) sheet of an XLSX workbook — into rows of text, numbered as the
// spreadsheet numbers them. Runs in the import worker and in `npm run import:check` (Node): it uses
// nothing but TextDecoder, papaparse and read-excel-file's universal entry.
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import type { SheetRow, SheetTable } from '#shared/import/importRow';

/** The text encodings a CSV file is read in. */
export const textEncodings = ['utf-8-bom', 'utf-8', 'shift_jis'] as const;

/** One text encoding. */
export type TextEncodingName = (typeof textEncodings)[number];

/** Why a file could not be read at all. */
export type ReadFailure =
  | Readonly<{ code: 'notSpreadsheet' | 'legacyXls' | 'encrypted' | 'empty' | 'headerOnly' }>
  | Readonly<{ code: 'unreadable'; reason: string }>
  | Readonly<{ code: 'noSheet'; sheet: string }>
  | Readonly<{ code: 'badEncoding'; encoding: TextEncodingName }>;

/** A file read into a table. */
export type ReadSuccess = Readonly<{
  format: 'csv' | 'xlsx';
  /** How a CSV file was decoded (null for XLSX). */
  encoding: TextEncodingName | null;
  /** The workbook's sheet names (empty for CSV) and the one read. */
  sheets: readonly string[];
  sheet: string | null;
  table: SheetTable;
}>;

/** The outcome of reading a file. */
export type ReadOutcome = Readonly<{ ok: true; value: ReadSuccess }> | Readonly<{ ok: false; error: ReadFailure }>;

/** What to read and how. */
export type ReadRequest = Readonly<{
  bytes: Uint8Array;
  fileName: string;
  /** Overrides the detected encoding of a CSV file. */
  encoding?: TextEncodingName;
  /** A sheet name of an XLSX workbook; the first sheet when not given. */
  sheet?: string;
  onProgress?: (done: number, total: number) => void;
}>;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);
const zip = [0x50, 0x4b, 0x03, 0x04];
const compoundFile = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The encoding a CSV file was most likely saved in: a UTF-8 BOM, valid UTF-8, else Shift_JIS (CP932). */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'shift_jis';
  }
}

/** Decodes text in an encoding; throws when the bytes are not valid in it. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'shift_jis') return new TextDecoder('shift_jis').decode(bytes);
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
}

// An encrypted OOXML file is a compound file holding a stream named "EncryptedPackage".
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  return head.includes(0);
}

function tableOf(records: readonly (readonly string[])[]): ReadOutcome {
  const header = records[0];
  if (header === undefined || records.every((cells) => cells.every((cell) => cell.trim() === ''))) {
    return { ok: false, error: { code: 'empty' } };
  }
  const rows: SheetRow[] = [];
  records.forEach((cells, index) => {
    if (index > 0 && cells.some((cell) => cell.trim() !== '')) rows.push({ row: index + 1, cells });
  });
  if (rows.length === 0) return { ok: false, error: { code: 'headerOnly' } };
  return {
    ok: true,
    value: {
      format: 'csv',
      encoding: null,
      sheets: [],
      sheet: null,
      table: { headers: header.map((cell) => cell.replace(/\r\n?/g, '\n').trim()), rows },
    },
  };
}

function readCsv(request: ReadRequest): ReadOutcome {
  const encoding = request.encoding ?? detectEncoding(request.bytes);
  let text: string;
  try {
    text = decodeText(request.bytes, encoding);
  } catch {
    return { ok: false, error: { code: 'badEncoding', encoding } };
  }
  const records: string[][] = [];
  const total = Math.max(1, (text.match(/\n/g) ?? []).length);
  Papa.parse<string[]>(text, {
    step: (result) => {
      records.push(result.data);
      if (records.length % 2000 === 0) request.onProgress?.(records.length, total);
    },
  });
  request.onProgress?.(records.length, records.length);
  // A file ending in a line break gives one empty record after it: Excel shows no row there.
  const outcome = tableOf(records);
  return outcome.ok ? { ok: true, value: { ...outcome.value, encoding } } : outcome;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const day = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
    return seconds === 0 ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

async function readXlsx(request: ReadRequest): Promise<ReadOutcome> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = request.bytes.buffer.slice(
      request.bytes.byteOffset,
      request.bytes.byteOffset + request.bytes.byteLength,
    ) as ArrayBuffer;
    // Numbers stay the text the file holds: a 13-digit 法人番号 never passes through floating point.
    sheets = await readXlsxFile(buffer, { parseNumber: (text: string) => text, trim: false });
  } catch (error) {
    // A ZIP file that is no workbook (a .docx, a .zip) is not a spreadsheet at all.
    if (error instanceof Error && error.name === 'InvalidInputError')
      return { ok: false, error: { code: 'notSpreadsheet' } };
    return { ok: false, error: { code: 'unreadable', reason: error instanceof Error ? error.message : String(error) } };
  }
  const names = sheets.map((sheet) => sheet.sheet);
  const chosen = request.sheet === undefined ? sheets[0] : sheets.find((sheet) => sheet.sheet === request.sheet);
  if (chosen === undefined) return { ok: false, error: { code: 'noSheet', sheet: request.sheet ?? '' } };
  const records = chosen.data.map((row) => row.map(cellString));
  request.onProgress?.(records.length, records.length);
  const outcome = tableOf(records);
  return outcome.ok
    ? { ok: true, value: { ...outcome.value, format: 'xlsx', sheets: names, sheet: chosen.sheet } }
    : outcome;
}

/** Reads a CSV or XLSX file; a file that is neither, empty, header-only or encrypted is named as such. */
export async function readSpreadsheet(request: ReadRequest): Promise<ReadOutcome> {
  const { bytes } = request;
  if (bytes.length === 0) return { ok: false, error: { code: 'empty' } };
  if (startsWith(bytes, zip)) return readXlsx(request);
  if (startsWith(bytes, compoundFile)) {
    return { ok: false, error: { code: hasUtf16Name(bytes, 'EncryptedPackage') ? 'encrypted' : 'legacyXls' } };
  }
  if (!/\.(csv|txt|tsv)$/i.test(request.fileName) && /\.[a-z0-9]{1,5}$/i.test(request.fileName)) {
    return { ok: false, error: { code: 'notSpreadsheet' } };
  }
  if (looksBinary(bytes)) return { ok: false, error: { code: 'notSpreadsheet' } };
  return readCsv(request);
}
