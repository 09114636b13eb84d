import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEditHistories } from '#shared/domain/visitHistory';
import type { VisitEdit } from '#shared/domain/visit';
import type { Change, RecordState } from '#shared/sync/change';
import { formatHlc } from '#shared/sync/hlc';
import { mergeChange } from '#shared/sync/merge';

const editArb: fc.Arbitrary<VisitEdit> = fc.record({
  at: fc.integer({ min: 0, max: 50 }).map((minute) => new Date(Date.UTC(2026, 10, 28, 9, minute)).toISOString()),
  by: fc.constantFrom('devA', 'devB', 'devC'),
  fields: fc.subarray(['summary', 'attendees', 'purpose', 'state']),
});
const historyArb = fc.array(editArb, { maxLength: 5 });

const historyChange = (history: VisitEdit[], ms: number, device: string): Change => ({
  table: 'visits',
  id: 'v1',
  fields: { history },
  hlc: formatHlc({ ms, counter: 0, device }),
});

function applyAll(changes: readonly Change[]): RecordState | undefined {
  let state: RecordState | undefined;
  for (const change of changes) state = mergeChange(state, change).state;
  return state;
}

describe('visit edit history merge', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(historyArb, historyArb, historyArb, (a, b, c) => {
        expect(mergeEditHistories(a, b)).toEqual(mergeEditHistories(b, a));
        expect(mergeEditHistories(mergeEditHistories(a, b), c)).toEqual(
          mergeEditHistories(a, mergeEditHistories(b, c)),
        );
        const ab = mergeEditHistories(a, b);
        expect(mergeEditHistories(ab, ab)).toEqual(ab);
      }),
    );
  });

  it('keeps the entries of both devices that edited a final visit at the same time, in either order', () => {
    const finalised: VisitEdit = { at: '2026-11-28T09:00:00.000Z', by: 'devA', fields: ['state'] };
    const onA = [finalised, { at: '2026-11-28T10:00:00.000Z', by: 'devA', fields: ['summary'] }];
    const onB = [finalised, { at: '2026-11-28T10:05:00.000Z', by: 'devB', fields: ['attendees'] }];
    const first = historyChange(onA, 1_000, 'devA');
    const second = historyChange(onB, 2_000, 'devB');
    const here = applyAll([first, second]);
    const there = applyAll([second, first]);
    expect(here).toEqual(there);
    expect(here?.fields['history']).toEqual([finalised, onA[1], onB[1]]);
    // A device's own later version (a widened last entry) replaces its earlier one.
    const widened = [finalised, { at: '2026-11-28T10:10:00.000Z', by: 'devA', fields: ['attendees', 'summary'] }];
    const after = mergeChange(here, historyChange(widened, 3_000, 'devA'));
    expect(after.state.fields['history']).toEqual([finalised, onB[1], widened[1]]);
    expect(after.conflicts).toEqual([]);
  });

  it('any delivery order of history changes gives one history', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ history: historyArb, ms: fc.integer({ min: 0, max: 9 }), device: fc.constantFrom('a', 'b') }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.func(fc.integer()),
        (writes, order) => {
          const changes = writes.map((write, index) =>
            historyChange(write.history, write.ms * 10 + index, write.device),
          );
          const shuffled = [...changes].sort((x, y) => order(x.hlc) - order(y.hlc));
          expect(applyAll(shuffled)).toEqual(applyAll(changes));
        },
      ),
    );
  });
});
