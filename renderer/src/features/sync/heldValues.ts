import type { Table } from 'dexie';
import type { z } from 'zod';
import { domainTables, isDomainTableName, type DomainTableName } from '#shared/domain/tables';
import type { JsonValue } from '#shared/sync/change';
import { compareHlc } from '#shared/sync/hlc';
import type { HeldChange } from '#shared/sync/replica';
import type { MetaRow } from '../../db/schema.ts';

/**
 * `_meta` rows holding field values sync did not apply (docs/sync-format.md §9): one row per record,
 * with the latest such value of each field only — under last-writer-wins no earlier one could win.
 */
export const heldPrefix = 'syncHeld:';

/** A held field value with where it came from. */
export type HeldValue = Readonly<{
  value: JsonValue;
  hlc: string;
  device: string;
  seq: number;
  reason: HeldChange['reason'];
}>;

/** The `_meta` row value of one record's held fields. */
export type HeldRecord = Readonly<{ table: string; id: string; fields: Readonly<Record<string, HeldValue>> }>;

/** The `_meta` key of a record's held values (JSON, so ids with colons cannot collide). */
export function heldKey(table: string, id: string): string {
  return `${heldPrefix}${JSON.stringify([table, id])}`;
}

/** The schema of one field of a table's records, or undefined for a field this version does not know. */
export function fieldSchema(table: DomainTableName, field: string): z.ZodType | undefined {
  const shape = (domainTables[table].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.hasOwn(shape, field) ? shape[field] : undefined;
}

/** Every held record. */
export async function readAllHeld(meta: Table<MetaRow, string>): Promise<HeldRecord[]> {
  return (await meta.where('key').startsWith(heldPrefix).toArray()).map((row) => row.value as HeldRecord);
}

/**
 * The held values of one apply, changed in memory and written once at the end: a value is held only
 * when it is later than the field's clock and than what is held already; a value applied later than
 * a held one supersedes it. Only the records of this apply are read, and none when nothing is held
 * (the common case costs one key lookup).
 */
export async function loadHeldSet(meta: Table<MetaRow, string>, records: readonly (readonly [string, string])[]) {
  const rows = new Map<string, HeldRecord>();
  const anyHeld = (await meta.where('key').startsWith(heldPrefix).limit(1).count()) > 0;
  if (anyHeld) {
    const keys = records.map(([table, id]) => heldKey(table, id));
    for (const [index, row] of (await meta.bulkGet(keys)).entries())
      if (row !== undefined) rows.set(keys[index] ?? '', row.value as HeldRecord);
  }
  const dirty = new Set<string>();
  const fieldsOf = (table: string, id: string) => rows.get(heldKey(table, id))?.fields ?? {};
  const replace = (table: string, id: string, fields: Record<string, HeldValue>) => {
    const key = heldKey(table, id);
    if (Object.keys(fields).length === 0) rows.delete(key);
    else rows.set(key, { table, id, fields });
    dirty.add(key);
  };
  return {
    hold(table: string, id: string, field: string, held: HeldValue, clock: string | undefined) {
      if (clock !== undefined && compareHlc(held.hlc, clock) <= 0) return;
      const current = fieldsOf(table, id)[field];
      if (current !== undefined && compareHlc(held.hlc, current.hlc) < 0) return;
      replace(table, id, { ...fieldsOf(table, id), [field]: held });
    },
    supersede(table: string, id: string, field: string, clock: string) {
      const { [field]: current, ...rest } = fieldsOf(table, id);
      if (current === undefined || compareHlc(current.hlc, clock) >= 0) return;
      replace(table, id, rest);
    },
    async write() {
      for (const key of dirty) {
        const row = rows.get(key);
        if (row === undefined) await meta.delete(key);
        else await meta.put({ key, value: row });
      }
    },
  };
}

/** The held values of one apply. */
export type HeldSet = Awaited<ReturnType<typeof loadHeldSet>>;

/** What a record is called on screen: its name or title, or null. */
export function recordSubject(fields: Readonly<Record<string, unknown>> | undefined): string | null {
  const name = fields?.['name'] ?? fields?.['title'];
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

/** Whether a table name is one this version knows (re-exported for the held list). */
export const isKnownTable = isDomainTableName;
