import { z } from 'zod';
import { parseHlc } from '../sync/hlc.ts';
import { domainTableNames, domainTables, isDomainTableName } from './tables.ts';
import { describeFieldIssue, toFieldIssues } from './validationError.ts';

/** Every table a snapshot holds: user data and sync bookkeeping. */
export const snapshotTableNames = [...domainTableNames, '_outbox', '_meta', '_cursors', '_conflicts'] as const;

/** One table name of a snapshot. */
export type SnapshotTableName = (typeof snapshotTableNames)[number];

/** The whole local database as plain data: what a backup holds and a restore puts back. */
export type DatabaseSnapshot = Readonly<{
  /** The Dexie schema version the rows were read from. */
  schemaVersion: number;
  tables: Readonly<Record<SnapshotTableName, readonly unknown[]>>;
}>;

const hlcSchema = z.string().refine((value) => parseHlc(value) !== null, 'not an HLC');
const clocksSchema = z.record(z.string(), hlcSchema);

const bookkeepingSchemas = {
  _outbox: z.object({
    key: hlcSchema,
    changes: z.array(
      z.object({
        table: z.string().refine(isDomainTableName, 'unknown table'),
        id: z.string(),
        fields: z.record(z.string(), z.unknown()),
        hlc: hlcSchema,
      }),
    ),
  }),
  _meta: z.object({ key: z.string().min(1), value: z.unknown() }),
  _cursors: z.looseObject({ device: z.string().min(1) }),
  _conflicts: z.looseObject({ seq: z.number().int().optional(), table: z.string(), id: z.string() }),
} as const;

/** Counts per table of a valid snapshot: the restore report. */
export type SnapshotReport = Readonly<Record<SnapshotTableName, number>>;

/** The outcome of checking a snapshot: its report, or the first problems found (at most 20). */
export type SnapshotCheck =
  Readonly<{ ok: true; report: SnapshotReport }> | Readonly<{ ok: false; problems: readonly string[] }>;

const snapshotShape = z.object({
  schemaVersion: z.number().int().min(1),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/** Checks every row of every table against its schema (records also need a clock per field); nothing is changed. */
export function checkSnapshot(value: unknown): SnapshotCheck {
  const shape = snapshotShape.safeParse(value);
  if (!shape.success) return { ok: false, problems: ['the file does not hold a Kakehashi database'] };
  const problems: string[] = [];
  const report: Partial<Record<SnapshotTableName, number>> = {};
  for (const name of snapshotTableNames) {
    const rows = shape.data.tables[name];
    if (rows === undefined) {
      problems.push(`table ${name} is missing`);
      continue;
    }
    report[name] = rows.length;
    const ids = new Set<string>();
    for (const [index, row] of rows.entries()) {
      if (problems.length >= 20) return { ok: false, problems };
      const problem = checkRow(name, row);
      if (problem !== null) problems.push(`${name}[${index}]: ${problem}`);
      const id = (row as { id?: unknown }).id;
      if (isDomainTableName(name) && typeof id === 'string') {
        if (ids.has(id)) problems.push(`${name}[${index}]: duplicate id ${id}`);
        ids.add(id);
      }
    }
  }
  for (const name of Object.keys(shape.data.tables)) {
    if (!(snapshotTableNames as readonly string[]).includes(name)) problems.push(`unknown table ${name}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, report: report as SnapshotReport };
}

function checkRow(name: SnapshotTableName, row: unknown): string | null {
  if (isDomainTableName(name)) {
    const { entity, schema } = domainTables[name];
    const parsed = schema.safeParse(row);
    if (!parsed.success)
      return toFieldIssues(parsed.error)
        .map((issue) => describeFieldIssue(entity, issue, 'en'))
        .join(' ');
    const clocks = clocksSchema.safeParse((row as { _hlc?: unknown })._hlc);
    return clocks.success ? null : 'field clocks (_hlc) missing or malformed';
  }
  const parsed = bookkeepingSchemas[name].safeParse(row);
  return parsed.success
    ? null
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}
