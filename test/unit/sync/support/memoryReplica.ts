import type { Change, JsonValue, RecordState } from '#shared/sync/change';
import { createHlcClock, type HlcClock } from '#shared/sync/hlc';
import { mergeChange, type FieldConflict } from '#shared/sync/merge';
import type { AttachmentRef, Cursor, LocalReplica, OutboxTake, StateRecord } from '#shared/sync/replica';

/** An in-memory local database for engine tests: records with field clocks, outbox, cursors, conflicts. */
export type MemoryReplica = LocalReplica & {
  readonly device: string;
  readonly clock: HlcClock;
  records: Map<string, RecordState>;
  outbox: { key: number; changes: Change[] }[];
  cursorMap: Map<string, Cursor>;
  conflicts: FieldConflict[];
  meta: Map<string, JsonValue>;
  /** A local edit: captured into the outbox like the Dexie middleware does. */
  edit(table: string, id: string, fields: Record<string, JsonValue>): Change;
  /** What a user would see: every record's fields, keyed `table/id`. */
  view(): Record<string, Record<string, JsonValue>>;
  /** Forgets everything (a wiped IndexedDB). */
  wipe(): void;
};

/** Creates a replica for one device with its own clock. */
export function createMemoryReplica(device: string, now: () => number = () => Date.now()): MemoryReplica {
  const clock = createHlcClock({ device, now });
  let nextKey = 1;
  const replica: MemoryReplica = {
    device,
    clock,
    records: new Map(),
    outbox: [],
    cursorMap: new Map(),
    conflicts: [],
    meta: new Map(),
    edit(table, id, fields) {
      const change: Change = { table, id, fields, hlc: clock.tick() };
      const key = `${table}/${id}`;
      replica.records.set(key, mergeChange(replica.records.get(key), change).state);
      replica.outbox.push({ key: nextKey++, changes: [change] });
      return change;
    },
    view() {
      const out: Record<string, Record<string, JsonValue>> = {};
      for (const [key, state] of [...replica.records.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        out[key] = { ...state.fields };
      }
      return out;
    },
    wipe() {
      replica.records = new Map();
      replica.outbox = [];
      replica.cursorMap = new Map();
      replica.conflicts = [];
      replica.meta = new Map();
    },
    isEmpty: () =>
      Promise.resolve(replica.records.size === 0 && replica.outbox.length === 0 && replica.cursorMap.size === 0),
    exportState() {
      if (replica.outbox.length > 0) return Promise.resolve(null);
      const records: StateRecord[] = [...replica.records.entries()].map(([key, state]) => {
        const slash = key.indexOf('/');
        return { table: key.slice(0, slash), id: key.slice(slash + 1), fields: state.fields, clocks: state.clocks };
      });
      return Promise.resolve({ records, cursors: Object.fromEntries(replica.cursorMap) });
    },
    loadState(state) {
      if (replica.records.size > 0 || replica.cursorMap.size > 0) return Promise.resolve(false);
      for (const record of state.records) {
        replica.records.set(`${record.table}/${record.id}`, { fields: record.fields, clocks: record.clocks });
        for (const clock of Object.values(record.clocks)) replica.clock.observe(clock);
      }
      for (const [dev, cursor] of Object.entries(state.cursors)) replica.cursorMap.set(dev, cursor);
      return Promise.resolve(true);
    },
    attachmentRefs() {
      const refs: AttachmentRef[] = [];
      for (const [key, state] of replica.records) {
        const { sha256, name, deleted } = state.fields;
        if (key.startsWith('attachments/') && typeof sha256 === 'string' && deleted !== true)
          refs.push({ sha256, name: typeof name === 'string' ? name : '' });
      }
      return Promise.resolve(refs);
    },
    getMeta: (key) => Promise.resolve(replica.meta.get(key)),
    setMeta(key, value) {
      replica.meta.set(key, value);
      return Promise.resolve();
    },
    cursors: () => Promise.resolve(Object.fromEntries(replica.cursorMap)),
    takeOutbox(maxChanges): Promise<OutboxTake | null> {
      const rows: typeof replica.outbox = [];
      let count = 0;
      for (const row of replica.outbox) {
        if (count > 0 && count + row.changes.length > maxChanges) break;
        rows.push(row);
        count += row.changes.length;
      }
      if (rows.length === 0) return Promise.resolve(null);
      return Promise.resolve({
        keys: rows.map((row) => row.key),
        changes: rows.flatMap((row) => row.changes),
      });
    },
    commitSealed(keys, dev, cursor) {
      replica.outbox = replica.outbox.filter((row) => !keys.includes(row.key));
      replica.cursorMap.set(dev, cursor);
      return Promise.resolve();
    },
    applyBatch(dev, cursor, changes) {
      const conflicts: FieldConflict[] = [];
      let records = 0;
      for (const change of changes) {
        const key = `${change.table}/${change.id}`;
        const outcome = mergeChange(replica.records.get(key), change);
        if (outcome.changed) records += 1;
        replica.records.set(key, outcome.state);
        conflicts.push(...outcome.conflicts);
        clock.observe(change.hlc);
      }
      replica.conflicts.push(...conflicts);
      replica.cursorMap.set(dev, cursor);
      return Promise.resolve({ records, conflicts });
    },
  };
  return replica;
}

/** The reference merge: for every field, the value of the change with the greatest HLC. */
export function referenceMerge(changes: readonly Change[]): Record<string, Record<string, JsonValue>> {
  const best = new Map<string, { hlc: string; value: JsonValue }>();
  for (const change of changes) {
    for (const [field, value] of Object.entries(change.fields)) {
      const key = `${change.table}/${change.id}\u0000${field}`;
      const current = best.get(key);
      if (current === undefined || compare(change.hlc, current.hlc) > 0) best.set(key, { hlc: change.hlc, value });
    }
  }
  const out: Record<string, Record<string, JsonValue>> = {};
  for (const [key, { value }] of [...best.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [record = '', field = ''] = key.split('\u0000');
    out[record] = { ...(out[record] ?? {}), [field]: value };
  }
  return out;
}

// Independent of compareHlc: zero-padded ms and counter sort as strings, then the device id.
function compare(a: string, b: string): number {
  const [am = '', ac = '', ...ad] = a.split('-');
  const [bm = '', bc = '', ...bd] = b.split('-');
  const left = `${am}-${ac}`;
  const right = `${bm}-${bc}`;
  if (left !== right) return left < right ? -1 : 1;
  const da = ad.join('-');
  const db = bd.join('-');
  return da === db ? 0 : da < db ? -1 : 1;
}
