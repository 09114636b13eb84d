import type { Table } from 'dexie';
import { newId } from '#shared/domain/ids';
import { domainTables, type DomainInput, type DomainRecord, type DomainTableName } from '#shared/domain/tables';
import { parseOrThrow, ValidationError } from '#shared/domain/validationError';
import type { KakehashiDb } from './database.ts';
import type { StoredRecord } from './schema.ts';

/** Options of list/get: tombstoned records are hidden unless asked for. */
export type ReadOptions = Readonly<{ includeDeleted?: boolean }>;

/** Typed access to one user-data table. Every write is validated first; deleting writes a tombstone. */
export type Repository<T extends DomainTableName> = Readonly<{
  /** The table name. */
  name: T;
  /** Validates and stores a new record; returns it with its id and record fields. */
  create(input: DomainInput<T>): Promise<DomainRecord<T>>;
  /** Validates every input first, then stores all of them in one transaction (or none). */
  bulkCreate(inputs: readonly DomainInput<T>[]): Promise<DomainRecord<T>[]>;
  /** Applies a patch to a record's fields, validates the result and stores it. */
  update(id: string, patch: Partial<DomainInput<T>>): Promise<DomainRecord<T>>;
  /** Applies patches to many records, validating every result first, in one transaction with one write (or none). */
  bulkUpdate(patches: readonly Readonly<{ id: string; patch: Partial<DomainInput<T>> }>[]): Promise<DomainRecord<T>[]>;
  /** Tombstones many records in one transaction; returns how many were live. */
  bulkRemove(ids: readonly string[]): Promise<number>;
  /** Marks a record deleted (tombstone): it disappears from lists but stays, syncs and can be restored. */
  remove(id: string): Promise<void>;
  /** Clears a record's tombstone. */
  restore(id: string): Promise<DomainRecord<T>>;
  get(id: string, options?: ReadOptions): Promise<DomainRecord<T> | undefined>;
  list(options?: ReadOptions): Promise<DomainRecord<T>[]>;
  /** The Dexie table for queries of this table's indexes (records carry `_hlc`; use `toDomain`). */
  table: Table<StoredRecord<T>, string>;
}>;

/** Per-table adjustments after validation: derived fields such as a company's region. */
export type Derive<T extends DomainTableName> = (fields: DomainRecord<T>) => DomainRecord<T>;

const recordMeta = new Set(['id', 'createdAt', 'updatedAt', 'createdBy', 'deleted', '_hlc']);

/** A stored record without its field clocks. */
export function toDomain<T extends DomainTableName>(stored: StoredRecord<T>): DomainRecord<T> {
  const { _hlc: _clocks, ...record } = stored;
  return record as unknown as DomainRecord<T>;
}

function editableFields(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !recordMeta.has(key)));
}

/** Creates the repository of one table. */
export function createRepository<T extends DomainTableName>(
  db: KakehashiDb,
  name: T,
  derive?: Derive<T>,
): Repository<T> {
  const { entity, input: inputSchema } = domainTables[name];
  const table = db.table<StoredRecord<T>, string>(name);
  const now = () => new Date().toISOString();

  const validate = (value: unknown): Record<string, unknown> => {
    const fields = parseOrThrow(entity, inputSchema, value) as Record<string, unknown>;
    return derive === undefined ? fields : derive(fields as unknown as DomainRecord<T>);
  };

  const newRecord = (fields: Record<string, unknown>, at: string) =>
    ({
      id: newId(),
      ...fields,
      createdAt: at,
      updatedAt: at,
      createdBy: db.deviceId,
      deleted: false,
    }) as unknown as StoredRecord<T>;

  const mustGet = async (id: string): Promise<StoredRecord<T>> => {
    const stored = await table.get(id);
    if (stored === undefined) throw new ValidationError(entity, [{ path: ['id'], key: 'id' }]);
    return stored;
  };

  const write = (id: string, change: (current: DomainRecord<T>) => Record<string, unknown>) =>
    db.transaction('rw', table, async () => {
      const current = toDomain(await mustGet(id));
      const next = { ...current, ...change(current), updatedAt: now() } as unknown as StoredRecord<T>;
      await table.put(next);
      return toDomain(next);
    });

  return {
    name,
    table,
    async create(input) {
      const record = newRecord(validate(input), now());
      await table.add(record);
      return toDomain(record);
    },
    async bulkCreate(inputs) {
      const at = now();
      const issues = inputs.map((input) => {
        try {
          return { record: newRecord(validate(input), at), error: null };
        } catch (error) {
          if (error instanceof ValidationError) return { record: null, error };
          throw error;
        }
      });
      const firstError = issues.findIndex((item) => item.error !== null);
      if (firstError >= 0) {
        const error = issues[firstError]?.error as ValidationError;
        throw new ValidationError(
          entity,
          error.issues.map((issue) => ({ ...issue, path: [firstError, ...issue.path] })),
        );
      }
      const records = issues.map((item) => item.record as StoredRecord<T>);
      await db.transaction('rw', table, () => table.bulkAdd(records));
      return records.map(toDomain);
    },
    update: (id, patch) => write(id, (current) => validate({ ...editableFields(current), ...patch })),
    bulkUpdate: (patches) =>
      db.transaction('rw', table, async () => {
        const at = now();
        const stored = await table.bulkGet(patches.map((item) => item.id));
        const next = patches.map((item, index) => {
          const found = stored[index];
          if (found === undefined) throw new ValidationError(entity, [{ path: [index, 'id'], key: 'id' }]);
          const current = toDomain(found);
          const fields = validate({ ...editableFields(current), ...item.patch });
          return { ...current, ...fields, updatedAt: at } as unknown as StoredRecord<T>;
        });
        await table.bulkPut(next);
        return next.map(toDomain);
      }),
    bulkRemove: (ids) =>
      db.transaction('rw', table, async () => {
        const at = now();
        const stored = await table.bulkGet([...ids]);
        const next = stored
          .filter((record): record is StoredRecord<T> => record !== undefined && !record.deleted)
          .map((record) => ({ ...record, deleted: true, updatedAt: at }));
        await table.bulkPut(next);
        return next.length;
      }),
    async remove(id) {
      await write(id, () => ({ deleted: true }));
    },
    restore: (id) => write(id, () => ({ deleted: false })),
    async get(id, options = {}) {
      const stored = await table.get(id);
      if (stored === undefined || (stored.deleted && options.includeDeleted !== true)) return undefined;
      return toDomain(stored);
    },
    async list(options = {}) {
      const all = await table.toArray();
      return all.filter((record) => options.includeDeleted === true || !record.deleted).map(toDomain);
    },
  };
}
