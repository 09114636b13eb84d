/**
 * Minimal RFC 4180 CSV writing (no CSV library is installed): fields with a comma, quote, CR or LF
 * are quoted and quotes doubled; records end with CRLF. Cells that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR at the start) get a leading apostrophe, so an exported name such as
 * "=HYPERLINK(...)" stays text in Excel.
 */

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const utf8Bom = '\uFEFF';

function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when needed. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text for rows of fields, each record ending in CRLF, starting with a UTF-8 BOM for Excel. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return utf8Bom + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
