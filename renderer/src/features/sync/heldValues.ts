import type { Table } from 'dexie';
import type { z } from 'zod';
import { domainTables, isDomainTableName, type DomainTableName } from '#shared/domain/tables';
import type { JsonValue } from '#shared/sync/change';
import { compareHlc } from '#shared/sync/hlc';
import type { HeldChange } from '#shared/sync/replica';
import type { MetaRow } from '../../db/schema.ts';

/**
 * `_meta` rows holding field values sync did not apply (docs/sync-format.md §9): one per record and
 * field, the latest such value only — under last-writer-wins no earlier one could ever win.
 */
export const heldPrefix = 'syncHeld:';

/** A held field value with where it came from. */
export type HeldRow = Readonly<{
  table: string;
  id: string;
  field: string;
  value: JsonValue;
  hlc: string;
  device: string;
  seq: number;
  reason: HeldChange['reason'];
}>;

/** The `_meta` key of a held value (JSON, so ids and fields with colons cannot collide). */
export function heldKey(table: string, id: string, field: string): string {
  return `${heldPrefix}${JSON.stringify([table, id, field])}`;
}

/** The schema of one field of a table's records, or undefined for a field this version does not know. */
export function fieldSchema(table: DomainTableName, field: string): z.ZodType | undefined {
  const shape = (domainTables[table].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.hasOwn(shape, field) ? shape[field] : undefined;
}

/** Every held value, by key. */
export async function readHeld(meta: Table<MetaRow, string>): Promise<Map<string, HeldRow>> {
  const rows = await meta.where('key').startsWith(heldPrefix).toArray();
  return new Map(rows.map((row) => [row.key, row.value as HeldRow]));
}

/**
 * The held values of one apply, changed in memory and written once at the end: a value is held only
 * when it is later than the field's clock and than what is held already; a value applied later than
 * a held one supersedes it.
 */
export function createHeldSet(initial: ReadonlyMap<string, HeldRow>) {
  const rows = new Map(initial);
  const dirty = new Set<string>();
  return {
    rows,
    hold(row: HeldRow, clock: string | undefined) {
      if (clock !== undefined && compareHlc(row.hlc, clock) <= 0) return;
      const key = heldKey(row.table, row.id, row.field);
      const current = rows.get(key);
      if (current !== undefined && compareHlc(row.hlc, current.hlc) < 0) return;
      rows.set(key, row);
      dirty.add(key);
    },
    supersede(table: string, id: string, field: string, clock: string) {
      const key = heldKey(table, id, field);
      const current = rows.get(key);
      if (current === undefined || compareHlc(current.hlc, clock) >= 0) return;
      rows.delete(key);
      dirty.add(key);
    },
    async write(meta: Table<MetaRow, string>) {
      for (const key of dirty) {
        const row = rows.get(key);
        if (row === undefined) await meta.delete(key);
        else await meta.put({ key, value: row });
      }
    },
  };
}

/** What a record is called on screen: its name or title, or null. */
export function recordSubject(fields: Readonly<Record<string, unknown>> | undefined): string | null {
  const name = fields?.['name'] ?? fields?.['title'];
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

/** Whether a table name is one this version knows (re-exported for the held list). */
export const isKnownTable = isDomainTableName;
