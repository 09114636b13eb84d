import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { ExportCell, ExportColumn, ExportTable } from './exportTable.ts';

// Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ].
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';

/** An ISO day as the UTC midnight Date the library expects (it writes a JS Date as UTC). */
function dayAsDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function cellOf(cell: ExportCell, column: ExportColumn): Cell {
  if (cell === null || cell === '') return null;
  if (column.kind === 'date' && typeof cell === 'string') {
    const date = dayAsDate(cell);
    return date === null ? { value: cell, type: String } : { value: date, type: Date, format: 'yyyy/mm/dd' };
  }
  if (typeof cell === 'number')
    return { value: cell, type: Number, ...(column.kind === 'yen' ? { format: '#,##0' } : {}) };
  // Text stays text: the library writes strings as shared strings, never as formulas.
  return { value: cell, type: String };
}

const widthOf = (column: ExportColumn) =>
  column.width ??
  (column.kind === 'date' ? 12 : column.kind === 'text' ? Math.max(10, column.header.length * 2 + 2) : 12);

function sheetOf(table: ExportTable): Sheet<never> {
  return {
    sheet: sheetName(table.name),
    stickyRowsCount: 1,
    columns: table.columns.map((column) => ({ width: widthOf(column) })),
    data: [
      table.columns.map((column): Cell => ({ value: column.header, type: String, fontWeight: 'bold' })),
      ...table.rows.map((row) => table.columns.map((column, index) => cellOf(row[index] ?? null, column))),
    ],
  };
}

/**
 * One workbook with a sheet per table: a bold, frozen header row, column widths, numbers as
 * numbers (yen with thousands separators) and dates as real dates.
 */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await writeXlsxFile(tables.map(sheetOf)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
