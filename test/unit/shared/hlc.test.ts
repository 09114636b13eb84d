import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, createHlcClock, formatHlc, parseHlc } from '#shared/sync/hlc';

describe('hybrid logical clock', () => {
  it('formats and parses', () => {
    const hlc = formatHlc({ ms: 1_764_547_200_000, counter: 3, device: 'devA' });
    expect(hlc).toBe('0001764547200000-00003-devA');
    expect(parseHlc(hlc)).toEqual({ ms: 1_764_547_200_000, counter: 3, device: 'devA' });
    expect(parseHlc('yesterday')).toBeNull();
  });

  it('never goes backwards when the wall clock is set back', () => {
    let wall = 10_000;
    const clock = createHlcClock({ device: 'a', now: () => wall });
    const first = clock.tick();
    wall = 5_000;
    const second = clock.tick();
    expect(compareHlc(second, first)).toBe(1);
  });

  it('resumes after a restart from the persisted last value', () => {
    const before = createHlcClock({ device: 'a', now: () => 9_000 });
    before.tick();
    const persisted = before.tick();
    const after = createHlcClock({ device: 'a', now: () => 1_000, last: persisted });
    expect(compareHlc(after.tick(), persisted)).toBe(1);
  });

  it('moves past an accepted remote timestamp', () => {
    const clock = createHlcClock({ device: 'a', now: () => 1_000 });
    const remote = formatHlc({ ms: 50_000, counter: 7, device: 'b' });
    expect(clock.observe(remote)).toEqual({ accepted: true });
    expect(compareHlc(clock.tick(), remote)).toBe(1);
  });

  it('refuses a far-future remote timestamp and does not move', () => {
    const clock = createHlcClock({ device: 'a', now: () => 1_000, maxDriftMs: 60_000 });
    const before = clock.tick();
    expect(clock.observe(formatHlc({ ms: 1_000 + 61_000, counter: 0, device: 'b' }))).toEqual({
      accepted: false,
      reason: 'far-future',
    });
    expect(parseHlc(clock.tick())?.ms).toBe(parseHlc(before)?.ms);
  });

  it('breaks ties by device id', () => {
    const a = formatHlc({ ms: 5, counter: 0, device: 'a' });
    const b = formatHlc({ ms: 5, counter: 0, device: 'b' });
    expect(compareHlc(a, b)).toBe(-1);
    expect(compareHlc(b, a)).toBe(1);
    expect(compareHlc(a, a)).toBe(0);
  });

  it('issues strictly increasing timestamps under any mix of wall time and remote events', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('tick' as const), wall: fc.integer({ min: 0, max: 1e6 }) }),
            fc.record({
              kind: fc.constant('observe' as const),
              wall: fc.integer({ min: 0, max: 1e6 }),
              remoteMs: fc.integer({ min: 0, max: 2e6 }),
              counter: fc.integer({ min: 0, max: 99_999 }),
            }),
          ),
          { maxLength: 60 },
        ),
        (steps) => {
          let wall = 0;
          const clock = createHlcClock({ device: 'me', now: () => wall, maxDriftMs: 5e5 });
          let previous = clock.last();
          for (const step of steps) {
            wall = step.wall;
            if (step.kind === 'tick') {
              const next = clock.tick();
              expect(compareHlc(next, previous)).toBe(1);
              previous = next;
            } else {
              const remote = formatHlc({ ms: step.remoteMs, counter: step.counter, device: 'peer' });
              const result = clock.observe(remote);
              const next = clock.tick();
              expect(compareHlc(next, previous)).toBe(1);
              if (result.accepted) expect(compareHlc(next, remote)).toBe(1);
              previous = next;
            }
          }
        },
      ),
    );
  });
});
