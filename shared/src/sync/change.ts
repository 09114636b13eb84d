import { z } from 'zod';
import { parseHlc, type Hlc } from './hlc.ts';

/** A JSON value as carried in a change. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

const hlcSchema = z.string().refine((value) => parseHlc(value) !== null, 'not an HLC');

const fieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'field names start with a letter');

/** One change record (docs/sync-format.md §4): fields of `table/id` set at `hlc`. */
export const changeSchema = z.object({
  table: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  id: z.string().min(1).max(200),
  fields: z.record(fieldName, z.json()),
  hlc: hlcSchema,
});

/** One change record. */
export type Change = Readonly<{
  table: string;
  id: string;
  fields: Readonly<Record<string, JsonValue>>;
  hlc: Hlc;
}>;

const tablePattern = /^[a-z][A-Za-z0-9]*$/;
const fieldPattern = /^[A-Za-z][A-Za-z0-9_]*$/;

function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false;
  const { table, id, fields, hlc } = value as Record<string, unknown>;
  if (typeof table !== 'string' || !tablePattern.test(table)) return false;
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return false;
  if (typeof hlc !== 'string' || parseHlc(hlc) === null) return false;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return false;
  return Object.keys(fields).every((field) => fieldPattern.test(field));
}

/**
 * Checks a parsed batch body: `{changes: Change[]}` (docs/sync-format.md §4). Written by hand rather
 * than as a zod schema: values came out of JSON.parse, so they are JSON already, and a batch holds
 * thousands of changes (a recursive JSON schema costs seconds there).
 */
export function parseBatchBody(body: unknown): readonly Change[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const changes = (body as { changes?: unknown }).changes;
  if (!Array.isArray(changes)) return null;
  return changes.every(isChange) ? changes : null;
}

/** The merged state of one record: its field values and the HLC of each field. */
export type RecordState = Readonly<{
  fields: Readonly<Record<string, JsonValue>>;
  clocks: Readonly<Record<string, Hlc>>;
}>;

/** The JSON body of a snapshot. */
export const snapshotBodySchema = z.object({
  records: z.array(
    z.object({
      table: z.string(),
      id: z.string(),
      fields: z.record(z.string(), z.json()),
      clocks: z.record(z.string(), hlcSchema),
    }),
  ),
});
