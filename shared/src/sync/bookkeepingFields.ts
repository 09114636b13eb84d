import { recordMetaFields } from '../domain/record.ts';

/**
 * Fields a program writes, never a person: the record's metadata, the field clocks and values a
 * repository derives from other fields. Two devices writing them concurrently is not something a
 * user can decide, so they are never kept as conflicts.
 */
const perTable: Readonly<Record<string, readonly string[]>> = {
  visits: ['openFollowUpDues', 'history'],
  companies: ['region'],
};

const everywhere: ReadonlySet<string> = new Set<string>([...recordMetaFields, '_hlc']);

/** Whether a field of a table is bookkeeping (metadata, clocks, derived) rather than something a person typed. */
export function isBookkeepingField(table: string, field: string): boolean {
  return everywhere.has(field) || field.startsWith('_') || (perTable[table]?.includes(field) ?? false);
}
