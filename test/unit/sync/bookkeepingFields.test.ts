import { describe, expect, it } from 'vitest';
import type { Change } from '#shared/sync/change';
import { isBookkeepingField } from '#shared/sync/bookkeepingFields';
import { mergeChange } from '#shared/sync/merge';

const edit = (device: string, ms: number, fields: Change['fields']): Change => ({
  table: 'companies',
  id: 'c1',
  fields,
  hlc: `${String(ms).padStart(16, '0')}-00000-${device}`,
});

describe('bookkeeping fields', () => {
  it.each([
    ['companies', 'updatedAt', true],
    ['companies', 'createdAt', true],
    ['companies', 'createdBy', true],
    ['companies', '_hlc', true],
    ['companies', 'region', true],
    ['visits', 'openFollowUpDues', true],
    ['visits', 'history', true],
    ['companies', 'phone', false],
    ['companies', 'notes', false],
    ['visits', 'summary', false],
    ['needs', 'history', false],
  ] as const)('%s.%s is bookkeeping: %s', (table, field, expected) => {
    expect(isBookkeepingField(table, field)).toBe(expected);
  });

  it('concurrent edits conflict on the typed field only, never on updatedAt', () => {
    const mine = edit('devA', 10, { phone: '023-600-0001', updatedAt: '2026-11-30T09:00:00.000Z' });
    const theirs = edit('devB', 11, { phone: '023-600-0002', updatedAt: '2026-11-30T09:05:00.000Z' });
    const outcome = mergeChange(mergeChange(undefined, mine).state, theirs);
    expect(outcome.state.fields.updatedAt).toBe('2026-11-30T09:05:00.000Z');
    expect(outcome.conflicts.map((conflict) => conflict.field)).toEqual(['phone']);
  });
});
