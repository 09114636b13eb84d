import { contextBridge, ipcRenderer } from 'electron';
import { hostIpcChannel, isChannelName } from '#shared/contract/channels';

// Only `window.host.invoke` crosses the bridge; ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld('host', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-channel', message: `no channel named ${JSON.stringify(channel)}` },
      });
    }
    return ipcRenderer.invoke(hostIpcChannel, channel, input);
  },
});
