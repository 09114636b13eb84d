import { toCsvShiftJis, toCsvUtf8, type Unencodable } from '#shared/export/csv';
import { extensionOf, type ExportFormat, type ExportTable } from '#shared/export/exportTable';
import { toXlsx } from '#shared/export/xlsx';
import { requestHost } from '../../host/host.ts';
import { downloadFile } from '../../ui/downloadFile.ts';

/** What became of an export. */
export type ExportOutcome =
  | Readonly<{ kind: 'saved'; path: string }>
  | Readonly<{ kind: 'downloaded'; name: string }>
  | Readonly<{ kind: 'cancelled' }>
  | Readonly<{ kind: 'unencodable'; cells: readonly Unencodable[] }>;

const mimeTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

let runtime: Promise<'electron' | 'browser-harness'> | null = null;
const hostRuntime = () => (runtime ??= requestHost('app:info', undefined).then((info) => info.runtime));

// A file name for any OS: the list's name and the day, without characters a file system refuses.
const fileNameOf = (table: ExportTable, format: ExportFormat, day: string) =>
  `${table.name.replace(/[\\/:*?"<>|\0]/g, '_')}-${day}.${extensionOf(format)}`;

async function encode(table: ExportTable, format: ExportFormat) {
  if (format === 'xlsx') return { ok: true as const, bytes: await toXlsx([table]) };
  if (format === 'csv-utf8') return { ok: true as const, bytes: toCsvUtf8(table) };
  return toCsvShiftJis(table);
}

/**
 * Writes a list in a format: through main's save dialog in the app, as a download in the browser
 * route (which has no dialog of main). Shift_JIS refuses, naming the cells, rather than write `?`.
 */
export async function saveExport(table: ExportTable, format: ExportFormat, day: string): Promise<ExportOutcome> {
  const encoded = await encode(table, format);
  if (!encoded.ok) return { kind: 'unencodable', cells: encoded.unencodable };
  return saveFile(fileNameOf(table, format, day), encoded.bytes);
}

/**
 * Writes an encoded file (.xlsx or .csv by its name): through main's save dialog in the app, as a
 * download in the browser route.
 */
export async function saveFile(
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<Exclude<ExportOutcome, { kind: 'unencodable' }>> {
  if ((await hostRuntime()) === 'browser-harness') {
    downloadFile(fileName, bytes, mimeTypes[fileName.endsWith('.csv') ? 'csv' : 'xlsx']);
    return { kind: 'downloaded', name: fileName };
  }
  const { path } = await requestHost('export:save', { fileName, bytes });
  return path === null ? { kind: 'cancelled' } : { kind: 'saved', path };
}
