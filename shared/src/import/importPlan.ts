// The whole import decided before anything is written: each row read and checked, duplicates
// within the file and against existing companies found, and what each row will do.
import type { Company, Contact } from '../domain/company.ts';
import { findDuplicate, indexByKeys } from './duplicateKeys.ts';
import { requiredTargets, type ColumnMapping } from './importFields.ts';
import { importJa } from '../i18n/import.ja.ts';
import { importIssue, type ImportIssue } from './importIssues.ts';
import { importRow, type ImportedRow, type ImportOptions, type SheetTable } from './importRow.ts';
import { vocabularyKey } from './importVocabulary.ts';

/** What to do with a duplicate row: leave it out, update the existing company, or import it as a new one. */
export type DuplicateAction = 'skip' | 'update' | 'new';

/** One field an update changes, with its value before and after. */
export type FieldChange = Readonly<{ field: string; before: unknown; after: unknown }>;

/** A row with its duplicate and what the import will do with it. */
export type PlannedRow = ImportedRow &
  Readonly<{
    /** The earlier row of the file this one repeats, or null. */
    duplicateOfRow: number | null;
    /** The existing company this row matches, or null. */
    existing: Readonly<{ id: string; name: string }> | null;
    /** What updating the existing company would change (empty when nothing differs). */
    changes: readonly FieldChange[];
    action: 'error' | DuplicateAction;
  }>;

/** The decisions and the existing companies a plan takes into account. */
export type PlanOptions = ImportOptions &
  Readonly<{
    existing?: readonly Company[];
    /** The user's choice per duplicate row (by row number); skip when not chosen. */
    decisions?: Readonly<Record<number, DuplicateAction>>;
  }>;

/** The outcome of planning an import. */
export type ImportPlan = Readonly<{
  rows: readonly PlannedRow[];
  /** Every problem: file-level ones (a missing column, on row 1) first, then by row. */
  errors: readonly ImportIssue[];
  /** 業種 words no kind is known for yet (the user may map them), '' for empty cells. */
  unknownKinds: readonly string[];
  counts: Readonly<{ rows: number; valid: number; errors: number; create: number; update: number; skip: number }>;
}>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields updating `existing` with an imported row changes: given values that differ; contacts, fields and tags are added to. */
export function companyChanges(existing: Company, imported: ImportedRow): FieldChange[] {
  const changes: FieldChange[] = [];
  const values = imported.company as unknown as Record<string, unknown>;
  for (const field of imported.given) {
    const before = (existing as unknown as Record<string, unknown>)[field];
    let after = values[field];
    if (field === 'contacts') {
      const names = new Set(existing.contacts.map((contact) => contact.name.replace(/\s/g, '')));
      const added = (after as Contact[]).filter((contact) => !names.has(contact.name.replace(/\s/g, '')));
      after = [...existing.contacts, ...added];
    } else if (field === 'fields' || field === 'tags') {
      after = [...new Set([...(before as string[]), ...(after as string[])])];
    } else if (field === 'notes' && typeof before === 'string' && before !== '') {
      after = before.includes(String(after)) ? before : `${before}\n${String(after)}`;
    }
    if (!sameJson(before, after)) changes.push({ field, before, after });
  }
  return changes;
}

/** Reads, checks and decides every row of a sheet. */
export function planImport(table: SheetTable, mapping: ColumnMapping, options: PlanOptions = {}): ImportPlan {
  const fileErrors = requiredTargets
    .filter((target) => !mapping.includes(target))
    .map((target) => importIssue(1, importJa.targets[target], 'missingColumn', target));
  const existingIndex = indexByKeys(options.existing?.filter((company) => !company.deleted) ?? [], (c) => c);
  const seen = new Map<string, ImportedRow>();
  const unknownKinds = new Set<string>();
  const rows: PlannedRow[] = [];
  for (const sheetRow of table.rows) {
    const read = importRow(table, sheetRow, mapping, options);
    for (const error of read.errors) {
      if (error.code === 'unknownKind' || error.code === 'missingKind') unknownKinds.add(vocabularyKey(error.value));
    }
    if (fileErrors.length > 0 || read.errors.length > 0) {
      rows.push({ ...read, duplicateOfRow: null, existing: null, changes: [], action: 'error' });
      continue;
    }
    const decision = options.decisions?.[read.row];
    const earlier = findDuplicate(seen, read.company as Company);
    const match = findDuplicate(existingIndex, read.company as Company);
    if (earlier === undefined) indexByKeys([read], (r) => r.company as Company).forEach((v, k) => seen.set(k, v));
    const changes = match === undefined ? [] : companyChanges(match, read);
    let action: DuplicateAction = 'new';
    if (earlier !== undefined) action = decision === 'new' ? 'new' : 'skip';
    else if (match !== undefined) action = decision ?? 'skip';
    rows.push({
      ...read,
      duplicateOfRow: earlier?.row ?? null,
      existing: match === undefined ? null : { id: match.id, name: match.name },
      changes,
      action,
    });
  }
  const errors = [...fileErrors, ...rows.flatMap((row) => row.errors)];
  const count = (action: PlannedRow['action']) => rows.filter((row) => row.action === action).length;
  return {
    rows,
    errors,
    unknownKinds: [...unknownKinds],
    counts: {
      rows: rows.length,
      valid: rows.length - count('error'),
      errors: count('error'),
      create: count('new'),
      update: count('update'),
      skip: count('skip'),
    },
  };
}
