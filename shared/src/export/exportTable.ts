/** What a column holds, which decides how CSV and XLSX write it. */
export type ExportColumnKind = 'text' | 'number' | 'yen' | 'date';

/** One column of an exported list: its header as the list shows it, and its kind. */
export type ExportColumn = Readonly<{ header: string; kind: ExportColumnKind; width?: number }>;

/** A cell: text, a number, an ISO day (`YYYY-MM-DD`, for date columns) or empty. */
export type ExportCell = string | number | null;

/** A list as it is exported: a name (the sheet's, the file's), the columns and the rows shown. */
export type ExportTable = Readonly<{
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
}>;

/** The file formats a list exports to. */
export const exportFormats = ['xlsx', 'csv-utf8', 'csv-sjis'] as const;
/** One export format. */
export type ExportFormat = (typeof exportFormats)[number];

/** The file extension of a format. */
export function extensionOf(format: ExportFormat): 'xlsx' | 'csv' {
  return format === 'xlsx' ? 'xlsx' : 'csv';
}
