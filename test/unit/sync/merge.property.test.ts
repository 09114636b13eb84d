import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, RecordState } from '#shared/sync/change';
import { formatHlc } from '#shared/sync/hlc';
import { mergeChange } from '#shared/sync/merge';
import { referenceMerge } from './support/memoryReplica.ts';

const changeArb = fc.record({
  table: fc.constantFrom('companies', 'visits'),
  id: fc.constantFrom('r1', 'r2', 'r3'),
  fields: fc.dictionary(
    fc.constantFrom('name', 'notes', 'deleted', 'size'),
    fc.oneof(fc.string(), fc.boolean(), fc.integer()),
    {
      minKeys: 1,
    },
  ),
  hlc: fc
    .record({
      ms: fc.integer({ min: 0, max: 20 }),
      counter: fc.integer({ min: 0, max: 3 }),
      device: fc.constantFrom('a', 'b', 'c'),
    })
    .map(formatHlc),
}) as fc.Arbitrary<Change>;

function applyAll(changes: readonly Change[]) {
  const records = new Map<string, RecordState>();
  for (const change of changes) {
    const key = `${change.table}/${change.id}`;
    records.set(key, mergeChange(records.get(key), change).state);
  }
  return Object.fromEntries([...records.entries()].map(([key, state]) => [key, state.fields]));
}

// Two writes with one HLC are one write: generated changes get distinct HLCs unless they are copies.
const distinctHlcs = (changes: Change[]) => {
  const seen = new Map<string, Change>();
  return changes.filter((change) => {
    const other = seen.get(change.hlc);
    if (other !== undefined) return false;
    seen.set(change.hlc, change);
    return true;
  });
};

describe('per-field last-writer-wins', () => {
  it('reaches the reference merge in any order, with duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(changeArb, { maxLength: 40 }).map(distinctHlcs),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.func(fc.integer()),
        (changes, duplicates, order) => {
          const withCopies = [
            ...changes,
            ...duplicates.flatMap((index) => (changes.length === 0 ? [] : [changes[index % changes.length]!])),
          ];
          const shuffled = withCopies
            .map((change, index) => ({ change, rank: order(index) }))
            .sort((a, b) => a.rank - b.rank)
            .map(({ change }) => change);
          expect(applyAll(shuffled)).toEqual(referenceMerge(changes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the losing text of another device as a conflict', () => {
    const mine: Change = {
      table: 'visits',
      id: 'v1',
      fields: { summary: '朝の訪問メモ' },
      hlc: '0000000000000010-00000-devA',
    };
    const theirs: Change = {
      table: 'visits',
      id: 'v1',
      fields: { summary: '午後の訪問メモ' },
      hlc: '0000000000000011-00000-devB',
    };
    const here = mergeChange(mergeChange(undefined, mine).state, theirs);
    expect(here.state.fields.summary).toBe('午後の訪問メモ');
    expect(here.conflicts).toEqual([
      expect.objectContaining({
        field: 'summary',
        value: '朝の訪問メモ',
        winnerValue: '午後の訪問メモ',
      }),
    ]);
    const there = mergeChange(mergeChange(undefined, theirs).state, mine);
    expect(there.state.fields.summary).toBe('午後の訪問メモ');
    expect(there.conflicts).toEqual([expect.objectContaining({ value: '朝の訪問メモ' })]);
    // A duplicate of the winner is no conflict.
    expect(mergeChange(here.state, theirs).conflicts).toEqual([]);
  });
});
