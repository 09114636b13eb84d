import { describe, expect, it } from 'vitest';
import { createQuitSequencer } from '../../../../main/src/services/shell/quitSequencer.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function harness(prepare: () => Promise<void>) {
  const events: string[] = [];
  const timers: Array<() => void> = [];
  const sequencer = createQuitSequencer({
    prepare,
    quit: () => events.push('quit'),
    notify: () => events.push('notice'),
    warn: (message) => events.push(`warn: ${message}`),
    timeoutMs: 15_000,
    setTimer: (callback) => {
      timers.push(callback);
      return { cancel: () => timers.splice(timers.indexOf(callback), 1) };
    },
  });
  return { sequencer, events, timers };
}

describe('safe quit', () => {
  it('waits for the page, with a notice, then quits once', async () => {
    const page = deferred();
    const { sequencer, events } = harness(() => page.promise);
    expect(sequencer.requestQuit()).toBe('wait');
    expect(events).toEqual(['notice']);
    page.resolve();
    await expect.poll(() => events).toEqual(['notice', 'quit']);
    // The real quit that follows goes through.
    expect(sequencer.requestQuit()).toBe('proceed');
  });

  it('quits at once on a second request during the wait', () => {
    const { sequencer, events } = harness(() => new Promise(() => undefined));
    expect(sequencer.requestQuit()).toBe('wait');
    expect(sequencer.requestQuit()).toBe('wait');
    expect(events).toEqual(['notice', 'quit']);
    expect(sequencer.requestQuit()).toBe('proceed');
  });

  it('quits after the time limit when the page never answers', () => {
    const { sequencer, events, timers } = harness(() => new Promise(() => undefined));
    sequencer.requestQuit();
    timers[0]?.();
    expect(events).toEqual(['notice', 'warn: quit: the page did not finish within 15000 ms; quitting anyway', 'quit']);
  });

  it('quits when preparing fails, saying why in the log', async () => {
    const { sequencer, events } = harness(() => Promise.reject(new Error('draft store closed')));
    sequencer.requestQuit();
    await expect.poll(() => events).toEqual(['notice', 'warn: quit: preparing failed: draft store closed', 'quit']);
  });
});
