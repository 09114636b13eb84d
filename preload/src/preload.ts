import { contextBridge, ipcRenderer } from 'electron';
import { hostIpcChannel, isChannelName } from '#shared/contract/channels';

// Only `window.host.invoke` crosses the bridge; ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld('host', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isChannelName(channel)) {
      // Named by type only: JSON.stringify would throw on a BigInt or a cyclic value, and an
      // answer must be an envelope whatever the page sends.
      const name =
        typeof channel === 'string' ? JSON.stringify(channel.slice(0, 100)) : `a value of type ${typeof channel}`;
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `no channel named ${name}` } });
    }
    return ipcRenderer.invoke(hostIpcChannel, channel, input);
  },
});
