import { describe, expect, it, vi } from 'vitest';

// The preload in Node: Electron's bridge is replaced by a recorder of what it exposes.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(() => Promise.resolve({ ok: true, value: null }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke },
}));
await import('../../../preload/src/preload.ts');
const host = exposed.host as { invoke(channel: unknown, input: unknown): Promise<unknown> };

describe('the preload bridge', () => {
  it('exposes only window.host.invoke', () => {
    expect(Object.keys(exposed)).toEqual(['host']);
    expect(Object.keys(host)).toEqual(['invoke']);
  });

  it('answers an envelope for any channel it refuses, even one JSON cannot write', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const channel of [10n, cyclic, Symbol('x'), 'files:delete-all', 'x'.repeat(100_000)]) {
      const answer = (await host.invoke(channel, undefined)) as {
        ok: boolean;
        error: { code: string; message: string };
      };
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      expect(answer.error.message.length).toBeLessThan(300);
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('passes a known channel to the one IPC channel', async () => {
    await host.invoke('app:info', undefined);
    expect(invoke).toHaveBeenCalledWith('kakehashi:host', 'app:info', undefined);
  });
});
