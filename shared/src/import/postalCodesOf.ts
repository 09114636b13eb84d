import { isPostalCode, normalizePostalCode } from '../domain/validators/postalCode.ts';
import { columnsOf, type SheetTable } from './importRow.ts';
import type { ColumnMapping } from './importFields.ts';
import { cellText } from './cellText.ts';
import { municipalityOfAddress } from './importVocabulary.ts';

/** The distinct complete postal codes of rows whose municipality neither a 市町村 cell nor the address gives: the ones to look up. */
export function collectPostalCodes(table: SheetTable, mapping: ColumnMapping): string[] {
  const columns = columnsOf(mapping);
  if (columns.postalCode === undefined) return [];
  const codes = new Set<string>();
  for (const { cells } of table.rows) {
    const cell = (index: number | undefined) => (index === undefined ? '' : cellText(cells[index] ?? ''));
    if (cell(columns.municipality) !== '' || municipalityOfAddress(cell(columns.address)) !== undefined) continue;
    const code = normalizePostalCode(cell(columns.postalCode));
    if (isPostalCode(code)) codes.add(code);
  }
  return [...codes];
}
