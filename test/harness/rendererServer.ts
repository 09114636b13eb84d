import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { appResponseHeaders } from '../../main/src/services/appAssets.ts';

/** A static server for the renderer build on 127.0.0.1 (Chromium blocks a Vite build on file://). */
export type RendererServer = Readonly<{ url: string; close(): Promise<void> }>;

/**
 * Serves `dist/renderer` (or another folder) on a loopback port (a free one unless `port` is
 * given), with the app's headers (CSP, cross-origin isolation) as in the app. A taken port rejects
 * with the listen error (EADDRINUSE).
 */
export async function startRendererServer(root = 'dist/renderer', port = 0): Promise<RendererServer> {
  const serve = sirv(root, { dev: false, etag: true, single: true });
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(appResponseHeaders)) response.setHeader(name, value);
    serve(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
