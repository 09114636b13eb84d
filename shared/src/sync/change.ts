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

/** The JSON body of a batch. */
export const batchBodySchema = z.object({ changes: z.array(changeSchema) });

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
