// Cells arrive as text (the reader never turns a cell into a number): these helpers clean a cell
// and read the dates a sheet holds, as ISO days.

/** A cell as imported: line ends as LF, trimmed; the apostrophe our CSV export puts before a formula-like text is removed. */
export function cellText(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** An Excel date serial (1900 system: 1 = 1900-01-01, with Excel's phantom 1900-02-29) as an ISO day. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const days = Math.floor(serial);
  // Day 60 is the 29 February 1900 Excel believes in; from day 61 on, serials are one day ahead.
  const offset = days < 60 ? days : days - 1;
  const date = new Date(Date.UTC(1899, 11, 31) + offset * 86_400_000);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const eraStarts: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };
const eraLetters: Readonly<Record<string, string>> = { M: '明治', T: '大正', S: '昭和', H: '平成', R: '令和' };

/**
 * A date cell as an ISO day: ISO or slashed (2001/4/1), 2001年4月1日, 和暦 (平成13年4月1日, 令和元年5月1日,
 * H13.4.1) or an Excel serial (what a 和暦-formatted date cell holds); undefined when it is none of these.
 */
export function parseDateCell(value: string): string | undefined {
  const text = value.normalize('NFKC').replace(/\s/g, '');
  if (/^\d+(\.\d+)?$/.test(text)) return text.length <= 7 ? excelSerialToIso(Number(text)) : undefined;
  const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(T.*)?$/u.exec(text);
  if (western !== null) return isoOf(Number(western[1]), Number(western[2]), Number(western[3]));
  const era = /^(明治|大正|昭和|平成|令和|[MTSHR])(元|\d{1,2})[年.](\d{1,2})[月.](\d{1,2})日?$/iu.exec(text);
  if (era === null) return undefined;
  const name = eraLetters[(era[1] ?? '').toUpperCase()] ?? era[1] ?? '';
  const start = eraStarts[name];
  if (start === undefined) return undefined;
  const year = era[2] === '元' ? 1 : Number(era[2]);
  return isoOf(start + year - 1, Number(era[3]), Number(era[4]));
}

/** A count cell (「120」「１２０人」「1,200名」) as a non-negative integer, or undefined. */
export function parseCount(value: string): number | undefined {
  const text = value
    .normalize('NFKC')
    .replace(/[,\s]/g, '')
    .replace(/[人名]$/u, '');
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/** An amount cell (「10,000,000」「1000万円」「３億円」) kept as written but checked: digits with an optional 万/億/千 and 円. */
export function isAmount(value: string): boolean {
  return /^\d[\d,]*(\.\d+)?(億|千万|百万|万|千)?円?$/u.test(value.normalize('NFKC').replace(/\s/g, ''));
}
