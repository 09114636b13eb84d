import type { LogProblem } from './progress.ts';
import type { HeldChange } from './replica.ts';

/**
 * The sync problems for held field values: one per record (its name, the refused fields), and for a
 * table this version does not know one per device and table — a newer device may send thousands.
 */
export function heldProblems(held: readonly HeldChange[]): LogProblem[] {
  const groups = new Map<string, { first: HeldChange; fields: Set<string>; count: number }>();
  for (const change of held) {
    const key = change.knownTable
      ? JSON.stringify([change.reason, change.table, change.id])
      : JSON.stringify(['table', change.device, change.table]);
    const group = groups.get(key) ?? { first: change, fields: new Set<string>(), count: 0 };
    group.fields.add(change.field);
    group.count += 1;
    if (change.seq < group.first.seq) group.first = change;
    groups.set(key, group);
  }
  return [...groups.values()].map(({ first, fields, count }): LogProblem => {
    const known = first.knownTable;
    const kind = first.reason === 'newer' || !known ? 'newerVersion' : 'refused';
    return {
      device: first.device,
      seq: first.seq,
      kind,
      subject: known ? (first.subject ?? first.id) : first.table,
      table: first.table,
      ...(known ? { id: first.id, fields: [...fields].sort() } : {}),
      detail: known
        ? `${first.table}/${first.id}: ${[...fields].sort().join(', ')} ${kind === 'refused' ? 'refused (invalid value)' : 'kept for a newer version'}`
        : `${count} field values of table ${first.table}, unknown to this version, kept for an upgrade`,
    };
  });
}
