import type { VisitEdit } from './visit.ts';

// Two devices editing the same final visit each write the whole `history` list. A device only
// ever appends an entry to it or widens its own last entry (`appendEdit`), so of two versions of
// one device's entries, the one whose last entry is later holds all of them.

const isEdit = (value: unknown): value is VisitEdit =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { at?: unknown }).at === 'string' &&
  typeof (value as { by?: unknown }).by === 'string' &&
  Array.isArray((value as { fields?: unknown }).fields);

/** Whether a value is an edit history this module can join (anything else merges last-writer-wins). */
export function isEditHistory(value: unknown): value is readonly VisitEdit[] {
  return Array.isArray(value) && value.every(isEdit);
}

// Time, then device, then the entry's text: a total order, so equal inputs sort equally.
const keyOf = (edit: VisitEdit) => `${edit.at}\u0000${edit.by}\u0000${JSON.stringify(edit.fields)}`;
const inTimeOrder = (edits: VisitEdit[]) =>
  edits.sort((x, y) => (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0));

const byDevice = (history: readonly VisitEdit[]) => {
  const out = new Map<string, VisitEdit[]>();
  for (const edit of history) out.set(edit.by, [...(out.get(edit.by) ?? []), edit]);
  for (const edits of out.values()) inTimeOrder(edits);
  return out;
};

// Later last entry first, then more entries, then the greater text: a total order, so the choice
// is the same whichever version arrives first.
function newer(a: readonly VisitEdit[], b: readonly VisitEdit[]): readonly VisitEdit[] {
  const lastA = a.at(-1)?.at ?? '';
  const lastB = b.at(-1)?.at ?? '';
  if (lastA !== lastB) return lastA > lastB ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * Joins two versions of a visit's edit history: each device's newest version of its own
 * entries, all of them ordered by time. Commutative, associative and idempotent, so every device
 * ends with the same history whatever order the edits arrive in.
 */
export function mergeEditHistories(a: readonly VisitEdit[], b: readonly VisitEdit[]): VisitEdit[] {
  const ours = byDevice(a);
  const theirs = byDevice(b);
  const devices = new Set([...ours.keys(), ...theirs.keys()]);
  const joined: VisitEdit[] = [];
  for (const device of devices) joined.push(...newer(ours.get(device) ?? [], theirs.get(device) ?? []));
  return inTimeOrder(joined);
}
