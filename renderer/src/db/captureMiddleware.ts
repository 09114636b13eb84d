import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { isDomainTableName, type DomainTableName } from '#shared/domain/tables';
import type { Hlc } from '#shared/sync/hlc';
import type { CaptureContext } from './captureContext.ts';
import type { FieldClocks, OutboxChange, OutboxRow } from './schema.ts';
import { sameValue } from './sameValue.ts';

/** The `_meta` key under which the device's clock persists. */
export const clockMetaKey = 'clock';

// What one transaction has captured so far: the row key and the growing list of changes.
type TxCapture = { key: Hlc; changes: OutboxChange[] };

type Values = readonly Record<string, unknown>[];

/** Thrown when something tries to hard-delete user data outside a flagged transaction. */
export class HardDeleteRefused extends Error {
  constructor(table: string) {
    super(`records of ${table} are never hard-deleted: write a tombstone (deleted: true) instead`);
    this.name = 'HardDeleteRefused';
  }
}

function isVersionChange(trans: DBCoreTransaction): boolean {
  return (trans as unknown as { mode?: string }).mode === 'versionchange';
}

/** The fields of a new record, all stamped with one HLC. */
type Captured = { stored: Record<string, unknown>; fields: Record<string, unknown> | null; hlc: Hlc | null };

function captureAdd(value: Record<string, unknown>, hlc: Hlc): Captured {
  const fields: Record<string, unknown> = {};
  const clocks: Record<string, Hlc> = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (field === 'id' || field === '_hlc') continue;
    fields[field] = fieldValue;
    clocks[field] = hlc;
  }
  return { stored: { ...value, _hlc: clocks }, fields, hlc };
}

/** The fields that differ from the stored record; their clocks move to the new HLC, the others keep theirs. */
function capturePut(
  value: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
  hlc: () => Hlc,
): Captured {
  if (previous === undefined) return captureAdd(value, hlc());
  const oldClocks = (previous['_hlc'] ?? {}) as FieldClocks;
  const fields: Record<string, unknown> = {};
  let changed = false;
  const names = new Set([...Object.keys(value), ...Object.keys(previous)]);
  for (const field of names) {
    if (field === 'id' || field === '_hlc') continue;
    if (!sameValue(value[field], previous[field])) {
      fields[field] = value[field];
      changed = true;
    }
  }
  if (!changed) return { stored: { ...value, _hlc: oldClocks }, fields: null, hlc: null };
  const stamp = hlc();
  const clocks: Record<string, Hlc> = { ...oldClocks };
  for (const field of Object.keys(fields)) clocks[field] = stamp;
  return { stored: { ...value, _hlc: clocks }, fields, hlc: stamp };
}

/**
 * The change-capture middleware: every add/put on a user-data table writes the changed fields to
 * `_outbox` in the same transaction, one row per transaction, and keeps a clock per field inside the
 * record. Writes in transactions marked in `context.uncaptured` (remote changes, restore) and schema
 * upgrades pass through untouched.
 */
export function createCaptureMiddleware(context: CaptureContext): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'kakehashiChangeCapture',
    create(down) {
      const captures = new WeakMap<DBCoreTransaction, Promise<TxCapture>>();
      const outbox = () => down.table('_outbox');
      const meta = () => down.table('_meta');

      const clockOf = () => {
        if (context.clock === null)
          throw new Error('the database clock is not ready: open the database with openKakehashiDb');
        return context.clock;
      };

      // The first captured write of a transaction catches the clock up with the persisted one
      // (another window or worker of this device may have moved it) and names the outbox row.
      const begin = async (trans: DBCoreTransaction): Promise<TxCapture> => {
        const clock = clockOf();
        const persisted = (await meta().get({ trans, key: clockMetaKey })) as { value?: unknown } | undefined;
        if (typeof persisted?.value === 'string') clock.observe(persisted.value);
        return { key: clock.tick(), changes: [] };
      };

      const captureOf = (trans: DBCoreTransaction): Promise<TxCapture> => {
        let capture = captures.get(trans);
        if (capture === undefined) {
          capture = begin(trans);
          captures.set(trans, capture);
        }
        return capture;
      };

      const captured = async (
        table: DBCoreTable,
        name: DomainTableName,
        req: DBCoreMutateRequest,
      ): Promise<DBCoreMutateResponse> => {
        if (req.type === 'delete' || req.type === 'deleteRange') throw new HardDeleteRefused(name);
        const capture = await captureOf(req.trans);
        const clock = clockOf();
        const values = req.values as Values;
        let previous: (Record<string, unknown> | undefined)[] = [];
        if (req.type === 'put') {
          previous = (await table.getMany({ trans: req.trans, keys: values.map((v) => v['id']) })) as typeof previous;
        }
        const stored: Record<string, unknown>[] = [];
        const changes: (OutboxChange | null)[] = [];
        for (const [index, value] of values.entries()) {
          const id = String(value['id']);
          const result =
            req.type === 'add'
              ? captureAdd(value, clock.tick())
              : capturePut(value, previous[index], () => clock.tick());
          stored.push(result.stored);
          changes.push(
            result.fields === null || result.hlc === null
              ? null
              : { table: name, id, fields: result.fields, hlc: result.hlc },
          );
        }
        // A put that Dexie built from modify() carries its change spec; the values are the truth here.
        const {
          changeSpec: _changeSpec,
          updates: _updates,
          ...rest
        } = req as DBCoreMutateRequest & { changeSpec?: unknown; updates?: unknown };
        const response = await table.mutate({ ...rest, values: stored } as DBCoreMutateRequest);
        for (const [index, change] of changes.entries()) {
          if (change !== null && response.failures[index] === undefined) capture.changes.push(change);
        }
        if (capture.changes.length > 0) {
          const row: OutboxRow = { key: capture.key, changes: capture.changes };
          await Promise.all([
            outbox().mutate({ trans: req.trans, type: 'put', values: [row] }),
            meta().mutate({ trans: req.trans, type: 'put', values: [{ key: clockMetaKey, value: clock.last() }] }),
          ]);
        }
        return response;
      };

      return {
        ...down,
        transaction(stores, mode, options) {
          // A write to a user-data table also writes the outbox and the clock, atomically with it.
          const widened =
            mode === 'readwrite' && stores.some(isDomainTableName)
              ? [...new Set([...stores, '_outbox', '_meta'])]
              : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!isDomainTableName(name)) return table;
          return {
            ...table,
            mutate(req) {
              if (context.uncaptured.has(req.trans) || isVersionChange(req.trans)) return table.mutate(req);
              return captured(table, name, req);
            },
          };
        },
      };
    },
  };
}
