import type { Change, JsonValue, RecordState } from './change.ts';
import { isEditHistory, mergeEditHistories } from '../domain/visitHistory.ts';
import { isBookkeepingField } from './bookkeepingFields.ts';
import { compareHlc, parseHlc, type Hlc } from './hlc.ts';

/** A losing free-text value, kept for the user to see and possibly pick. */
export type FieldConflict = Readonly<{
  table: string;
  id: string;
  field: string;
  value: string;
  hlc: Hlc;
  winnerValue: string;
  winnerHlc: Hlc;
}>;

/** The outcome of merging one change into one record. */
export type MergeOutcome = Readonly<{
  state: RecordState;
  changed: boolean;
  conflicts: readonly FieldConflict[];
}>;

const deviceOf = (hlc: Hlc) => parseHlc(hlc)?.device ?? '';

/**
 * A conflict worth showing: two different strings written by different devices. Values such as
 * flags or numbers just take the later write.
 */
function isTextConflict(loser: JsonValue | undefined, loserHlc: Hlc, winner: JsonValue | undefined, winnerHlc: Hlc) {
  return (
    typeof loser === 'string' &&
    typeof winner === 'string' &&
    loser !== winner &&
    loser.trim() !== '' &&
    deviceOf(loserHlc) !== deviceOf(winnerHlc)
  );
}

/**
 * Fields whose concurrent values are joined instead of one winning: a visit's edit history keeps
 * the entries of every device (docs/sync-format.md §7). A join returns null when a value is not
 * of its shape, and the field then merges last-writer-wins like any other.
 */
const joinedFields: Readonly<Record<string, (current: JsonValue, incoming: JsonValue) => JsonValue | null>> = {
  'visits.history': (current, incoming) =>
    isEditHistory(current) && isEditHistory(incoming) ? mergeEditHistories(current, incoming) : null,
};

/**
 * Per-field last-writer-wins (docs/sync-format.md §7): each field of the change replaces the
 * current value when its HLC is later than the field's clock. Order-independent and idempotent.
 */
export function mergeChange(current: RecordState | undefined, change: Change): MergeOutcome {
  const fields: Record<string, JsonValue> = { ...(current?.fields ?? {}) };
  const clocks: Record<string, Hlc> = { ...(current?.clocks ?? {}) };
  const conflicts: FieldConflict[] = [];
  let changed = false;
  for (const [field, value] of Object.entries(change.fields)) {
    const clock = clocks[field];
    const keepsConflicts = !isBookkeepingField(change.table, field);
    const base = { table: change.table, id: change.id, field };
    const join = joinedFields[`${change.table}.${field}`];
    const previousValue = fields[field];
    const joined =
      join === undefined || clock === undefined || previousValue === undefined ? null : join(previousValue, value);
    if (joined !== null && clock !== undefined) {
      if (compareHlc(change.hlc, clock) > 0) clocks[field] = change.hlc;
      if (JSON.stringify(joined) !== JSON.stringify(previousValue) || clocks[field] !== clock) {
        fields[field] = joined;
        changed = true;
      }
      continue;
    }
    if (clock === undefined || compareHlc(change.hlc, clock) > 0) {
      const previous = fields[field];
      if (keepsConflicts && clock !== undefined && isTextConflict(previous, clock, value, change.hlc)) {
        conflicts.push({
          ...base,
          value: previous as string,
          hlc: clock,
          winnerValue: value as string,
          winnerHlc: change.hlc,
        });
      }
      fields[field] = value;
      clocks[field] = change.hlc;
      changed = true;
    } else if (keepsConflicts && clock !== change.hlc && isTextConflict(value, change.hlc, fields[field], clock)) {
      conflicts.push({
        ...base,
        value: value as string,
        hlc: change.hlc,
        winnerValue: fields[field] as string,
        winnerHlc: clock,
      });
    }
  }
  return {
    state: changed ? { fields, clocks } : (current ?? { fields, clocks }),
    changed,
    conflicts,
  };
}
