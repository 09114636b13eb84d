import type { Hlc } from '#shared/sync/hlc';
import type { DomainRecord, DomainTableName } from '#shared/domain/tables';

/** The IndexedDB database name of the app. */
export const defaultDatabaseName = 'kakehashi';

/**
 * Per-field hybrid logical clocks of a record: field name → HLC of its last write. The key `*`
 * holds the clock of every field without an entry of its own (a new record has only `*`), which
 * keeps the clocks small: see `clockOfField`.
 */
export type FieldClocks = Readonly<Record<string, Hlc>>;

/** The key of the default clock in FieldClocks. */
export const defaultClockKey = '*';

/** The HLC of one field's last write, or undefined when the field was never written with a clock (migrations). */
export function clockOfField(clocks: FieldClocks, field: string): Hlc | undefined {
  return clocks[field] ?? clocks[defaultClockKey];
}

/** A record as it sits in a table: the domain record plus the clock of each of its fields. */
export type StoredRecord<T extends DomainTableName> = DomainRecord<T> & { _hlc: FieldClocks };

/** One captured change: the fields a write changed and their new values, all stamped with one HLC. */
export type OutboxChange = Readonly<{
  table: DomainTableName;
  id: string;
  fields: Readonly<Record<string, unknown>>;
  hlc: Hlc;
}>;

/** One `_outbox` row: every change of one transaction. `key` is the HLC taken when the transaction first wrote. */
export type OutboxRow = Readonly<{ key: Hlc; changes: readonly OutboxChange[] }>;

/** A `_meta` row (device id, persisted clock, first-run choice, …). */
export type MetaRow = Readonly<{ key: string; value: unknown }>;

/** A `_cursors` row: how far this device has applied another device's log (owned by sync). */
export type CursorRow = Readonly<{ device: string } & Record<string, unknown>>;

/** A `_conflicts` row: a losing free-text value kept for the user (owned by sync). */
export type ConflictRow = Readonly<{ seq?: number; table: string; id: string } & Record<string, unknown>>;

/** Bookkeeping tables: never captured, never shown as user data. */
export const bookkeepingTableNames = ['_outbox', '_meta', '_cursors', '_conflicts'] as const;

/** Version 1: the first schema. Kept verbatim so the upgrade test can create a version-1 database. */
export const schemaV1 = {
  companies: 'id, nameKana, region, kind, updatedAt',
  visits: 'id, companyId, date, state, updatedAt',
  needs: 'id, companyId, status, field, updatedAt',
  seeds: 'id, field, stage, updatedAt',
  matches: 'id, needId, seedId, status',
  events: 'id, date, region, kind',
  projects: 'id, stage, *companyIds',
  programmes: 'id, fiscalYear',
  attachments: 'id, sha256',
  _outbox: 'key',
  _meta: 'key',
  _cursors: 'device',
  _conflicts: '++seq, [table+id]',
} as const;

/**
 * Version 2: a visit's follow-ups get a multi-entry index of open due dates (the "follow-ups by due
 * date" list) and visits of one company are read in date order through [companyId+date].
 */
export const schemaV2 = {
  ...schemaV1,
  visits: 'id, companyId, date, [companyId+date], *openFollowUpDues, state, updatedAt',
} as const;

/**
 * Version 3: joint-research projects reshaped (stage history, field, companies with roles),
 * competitive-funding and subsidy applications as tables of their own (docs/projects.md).
 */
export const schemaV3 = {
  ...schemaV2,
  projects: 'id, stage, field, *companyIds, startedOn',
  fundingApplications: 'id, projectId, fiscalYear, result',
  subsidyApplications: 'id, programmeId, companyId, projectId, fiscalYear, status',
} as const;

/** The current schema version. */
export const currentSchemaVersion = 3;
