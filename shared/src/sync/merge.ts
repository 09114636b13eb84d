import type { Change, JsonValue, RecordState } from './change.ts';
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
    const base = { table: change.table, id: change.id, field };
    if (clock === undefined || compareHlc(change.hlc, clock) > 0) {
      const previous = fields[field];
      if (clock !== undefined && isTextConflict(previous, clock, value, change.hlc)) {
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
    } else if (clock !== change.hlc && isTextConflict(value, change.hlc, fields[field], clock)) {
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
