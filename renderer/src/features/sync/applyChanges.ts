import type { Table } from 'dexie';
import { domainTables, isDomainTableName, type DomainTableName } from '#shared/domain/tables';
import type { Change, JsonValue, RecordState } from '#shared/sync/change';
import { compareHlc } from '#shared/sync/hlc';
import { mergeChange, type FieldConflict } from '#shared/sync/merge';
import type { ApplyResult } from '#shared/sync/replica';
import type { RemoteWriter } from '../../db/applyRemote.ts';
import type { MetaRow } from '../../db/schema.ts';
import { partialPrefix, toState, type Stored } from './dexieState.ts';
import { fieldSchema, loadHeldSet, type HeldSet, type HeldValue } from './heldValues.ts';

/** A change with the batch it came from. */
export type Incoming = Readonly<{
  change: Change;
  device: string;
  seq: number;
  /** Its writer runs a newer app version: a refused value may be one this version does not know. */
  newerVersion: boolean;
}>;

/**
 * Splits a change's fields into those this version accepts and those it holds aside: a field the
 * table does not know, or a value its schema refuses (a bogus choice, an empty required text).
 */
function acceptedFields(table: DomainTableName, incoming: Incoming, state: RecordState | undefined, held: HeldSet) {
  const accepted: Record<string, JsonValue> = {};
  const { change } = incoming;
  for (const [field, value] of Object.entries(change.fields)) {
    const schema = fieldSchema(table, field);
    const valid = schema?.safeParse(value).success ?? false;
    if (valid) {
      accepted[field] = value;
      continue;
    }
    const reason = schema === undefined || incoming.newerVersion ? 'newer' : 'invalid';
    hold(held, incoming, field, value, reason, state?.clocks[field]);
  }
  return accepted;
}

function hold(
  held: HeldSet,
  incoming: Incoming,
  field: string,
  value: JsonValue,
  reason: HeldValue['reason'],
  clock: string | undefined,
) {
  const { change, device, seq } = incoming;
  held.hold(change.table, change.id, field, { value, hlc: change.hlc, device, seq, reason }, clock);
}

const isValidRecord = (table: DomainTableName, id: string, state: RecordState) =>
  domainTables[table].schema.safeParse({ ...state.fields, id }).success;

/**
 * An incomplete record kept before this version validated per field may hold a refused value (an
 * older version froze such records): such a value is held aside, and the stored record's value and
 * clock of that field are taken instead.
 */
function cleanPartial(
  table: DomainTableName,
  id: string,
  partial: RecordState,
  stored: RecordState | undefined,
  held: HeldSet,
): RecordState {
  const refused = Object.entries(partial.fields).some(
    ([field, value]) => fieldSchema(table, field)?.safeParse(value).success !== true,
  );
  if (!refused) return partial;
  const fields: Record<string, JsonValue> = {};
  const clocks: Record<string, string> = {};
  for (const [field, hlc] of Object.entries(partial.clocks))
    if (!Object.hasOwn(partial.fields, field)) clocks[field] = hlc;
  for (const [field, value] of Object.entries(partial.fields)) {
    const hlc = partial.clocks[field];
    if (fieldSchema(table, field)?.safeParse(value).success === true) {
      fields[field] = value;
      if (hlc !== undefined) clocks[field] = hlc;
      continue;
    }
    if (hlc !== undefined)
      held.hold(table, id, field, { value, hlc, device: '', seq: 0, reason: 'invalid' }, stored?.clocks[field]);
    const before = stored?.fields[field];
    const beforeClock = stored?.clocks[field];
    if (before !== undefined && beforeClock !== undefined) {
      fields[field] = before;
      clocks[field] = beforeClock;
    }
  }
  return { fields, clocks };
}

/** What merging one record's changes gives: its new state, whether it changed, its conflicts. */
function mergeRecord(
  table: DomainTableName,
  id: string,
  start: RecordState | undefined,
  startsStored: boolean,
  changes: readonly Incoming[],
  held: HeldSet,
): { state: RecordState | undefined; changed: boolean; conflicts: FieldConflict[] } {
  let state = start;
  // A record that is valid stays valid: a change breaking a rule over several fields is held. A
  // stored record is valid (it was parsed when written); otherwise this is found out when needed.
  let complete: boolean | null = startsStored ? true : null;
  let changed = false;
  const conflicts: FieldConflict[] = [];
  for (const incoming of changes) {
    const accepted = acceptedFields(table, incoming, state, held);
    if (Object.keys(accepted).length === 0) continue;
    const outcome = mergeChange(state, { ...incoming.change, fields: accepted });
    if (outcome.changed) complete ??= state !== undefined && isValidRecord(table, id, state);
    if (outcome.changed && complete === true && !isValidRecord(table, id, outcome.state)) {
      for (const [field, value] of Object.entries(accepted))
        hold(held, incoming, field, value, incoming.newerVersion ? 'newer' : 'invalid', state?.clocks[field]);
      continue;
    }
    conflicts.push(...outcome.conflicts);
    if (!outcome.changed) continue;
    state = outcome.state;
    changed = true;
    if (complete === false) complete = null;
    for (const field of Object.keys(accepted)) {
      const clock = state.clocks[field];
      if (clock !== undefined) held.supersede(table, id, field, clock);
    }
  }
  return { state, changed, conflicts };
}

/**
 * Merges remote changes into the tables inside `writer`'s transaction (docs/sync-format.md §7):
 * per field, last writer wins; a value this version refuses or does not know is held aside in
 * `_meta` (the rest of the change applies, and a later valid value wins as usual); a record still
 * missing required fields waits in `_meta` as incomplete.
 */
export async function applyChanges(writer: RemoteWriter, changes: readonly Incoming[]): Promise<ApplyResult> {
  const tx = writer.transaction;
  const meta = tx.table('_meta') as Table<MetaRow, string>;
  const partialRows = await meta.where('key').startsWith(partialPrefix).toArray();
  const partials = new Map(partialRows.map((row) => [row.key, row.value as RecordState]));
  const held = await loadHeldSet(
    meta,
    changes.map(({ change }) => [change.table, change.id] as const),
  );
  const byTable = new Map<DomainTableName, Map<string, Incoming[]>>();
  let latest: string | null = null;
  for (const incoming of changes) {
    const { change } = incoming;
    if (latest === null || compareHlc(change.hlc, latest) > 0) latest = change.hlc;
    // A table this version does not know (a newer app's): every value is kept for after an upgrade.
    if (!isDomainTableName(change.table)) {
      for (const [field, value] of Object.entries(change.fields))
        hold(held, incoming, field, value, 'newer', undefined);
      continue;
    }
    const records = byTable.get(change.table) ?? new Map<string, Incoming[]>();
    records.set(change.id, [...(records.get(change.id) ?? []), incoming]);
    byTable.set(change.table, records);
  }
  const conflicts: FieldConflict[] = [];
  let records = 0;
  for (const [tableName, byId] of byTable) {
    const table = tx.table(tableName) as Table<Stored, string>;
    const ids = [...byId.keys()];
    const existing = await readExisting(table, ids);
    const puts: Stored[] = [];
    for (const [index, id] of ids.entries()) {
      const partialKey = `${partialPrefix}${tableName}:${id}`;
      const stored = toState(existing[index]);
      const partial = partials.get(partialKey);
      const start = partial === undefined ? stored : cleanPartial(tableName, id, partial, stored, held);
      const cleaned = partial !== undefined && start !== partial;
      const merged = mergeRecord(
        tableName,
        id,
        start,
        partial === undefined && stored !== undefined,
        byId.get(id) ?? [],
        held,
      );
      conflicts.push(...merged.conflicts);
      const state = merged.state;
      if (state === undefined || (!merged.changed && !cleaned)) continue;
      if (merged.changed) records += 1;
      const parsed = domainTables[tableName].schema.safeParse({ ...state.fields, id });
      if (parsed.success) {
        puts.push({ ...(parsed.data as Record<string, unknown>), id, _hlc: { ...state.clocks } });
        if (partial !== undefined) await meta.delete(partialKey);
      } else {
        // Fields of a record whose creating batch (from another device) has not arrived yet.
        await meta.put({ key: partialKey, value: state });
      }
    }
    await table.bulkPut(puts);
  }
  await held.write();
  if (latest !== null) writer.observe(latest);
  return { records, conflicts };
}

/**
 * The stored records of a batch's ids. A large batch (an initial sync) reads one key range: its ids
 * are mostly ULIDs of one peer's burst, so the range holds little else, and one range read costs far
 * less than thousands of point reads.
 */
async function readExisting(table: Table<Stored, string>, ids: readonly string[]): Promise<(Stored | undefined)[]> {
  if (ids.length < 1000) return table.bulkGet([...ids]);
  const sorted = [...ids].sort();
  const first = sorted[0] ?? '';
  const last = sorted.at(-1) ?? '';
  const found = new Map<string, Stored>();
  for (const record of await table.where(':id').between(first, last, true, true).toArray())
    found.set(record.id, record);
  return ids.map((id) => found.get(id));
}
