import { afterEach, describe, expect, it } from 'vitest';
import {
  HostCallError,
  installHostTransport,
  requestHost,
  type HostTransport,
} from '../../../renderer/src/host/host.ts';
import { createBridgedHost, serveHostBridge } from '../../../renderer/src/host/hostBridge.ts';

// The page's side and the worker's side of the host bridge, over a real MessageChannel (Node has one).

type Served = { channel: string; input: unknown };

function bridge(answer: (call: Served) => Promise<unknown>) {
  const served: Served[] = [];
  const channel = new MessageChannel();
  const page: HostTransport = {
    invoke: (name, input) => {
      served.push({ channel: name, input });
      return answer({ channel: name, input });
    },
  };
  const stop = serveHostBridge(channel.port1, page);
  installHostTransport(createBridgedHost(channel.port2));
  const close = () => {
    stop();
    channel.port2.close();
  };
  return { served, close };
}

let close: (() => void) | null = null;
afterEach(() => {
  close?.();
  close = null;
  installHostTransport(null);
});

describe('host bridge between a worker and the page', () => {
  it('carries a call from the worker to the page and its bytes back, moved rather than copied', async () => {
    const answered = new Uint8Array([1, 2, 3, 250]);
    const opened = bridge(() => Promise.resolve({ ok: true, value: { bytes: answered } }));
    close = opened.close;
    const { bytes } = await requestHost('sync:get', { store: 'target', key: 'team.json' });
    expect(opened.served).toEqual([{ channel: 'sync:get', input: { store: 'target', key: 'team.json' } }]);
    expect(bytes).toEqual(new Uint8Array([1, 2, 3, 250]));
    // Transferred: the page's copy is gone (detached), so the answer was not copied a second time.
    expect(answered.byteLength).toBe(0);
  });

  it('leaves the bytes a worker sends usable to it afterwards', async () => {
    const opened = bridge(() => Promise.resolve({ ok: true, value: { result: 'created' } }));
    close = opened.close;
    const sent = new Uint8Array([9, 8, 7]);
    expect(await requestHost('sync:put-if-absent', { store: 'journal', key: 'k', bytes: sent })).toEqual({
      result: 'created',
    });
    expect(sent).toEqual(new Uint8Array([9, 8, 7]));
    expect(opened.served[0]?.input).toEqual({ store: 'journal', key: 'k', bytes: new Uint8Array([9, 8, 7]) });
  });

  it('keeps a failed envelope a HostCallError with its code, and a broken transport an error', async () => {
    const opened = bridge(({ channel }) =>
      channel === 'sync:list'
        ? Promise.resolve({ ok: false, error: { code: 'sync-failed', message: 'unauthorized: 401' } })
        : Promise.reject(new Error('window.host is not available')),
    );
    close = opened.close;
    const failure = await requestHost('sync:list', { store: 'target', prefix: '' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostCallError);
    expect((failure as HostCallError).error).toEqual({ code: 'sync-failed', message: 'unauthorized: 401' });
    await expect(requestHost('app:info', undefined)).rejects.toThrow('window.host is not available');
  });

  it('gives each of several concurrent calls its own answer, whatever order the page answers in', async () => {
    const releases: (() => void)[] = [];
    const opened = bridge(
      ({ input }) =>
        new Promise((resolve) => {
          releases.push(() =>
            resolve({ ok: true, value: { entries: [{ key: (input as { prefix: string }).prefix, size: 1 }] } }),
          );
        }),
    );
    close = opened.close;
    const calls = ['a/', 'b/', 'c/'].map((prefix) => requestHost('sync:list', { store: 'target', prefix }));
    await expect.poll(() => releases.length).toBe(3);
    for (const release of releases.reverse()) release();
    const answers = await Promise.all(calls);
    expect(answers.map((answer) => answer.entries[0]?.key)).toEqual(['a/', 'b/', 'c/']);
  });
});
