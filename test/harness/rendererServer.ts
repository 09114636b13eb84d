import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { appResponseHeaders } from '../../main/src/services/appAssets.ts';

/** A static server for the renderer build on 127.0.0.1 (Chromium blocks a Vite build on file://). */
export type RendererServer = Readonly<{ url: string; close(): Promise<void> }>;

/** Serves `dist/renderer` (or another folder) on a free loopback port, with the app's headers (CSP, cross-origin isolation) as in the app. */
export async function startRendererServer(root = 'dist/renderer'): Promise<RendererServer> {
  const serve = sirv(root, { dev: false, etag: true, single: true });
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(appResponseHeaders)) response.setHeader(name, value);
    serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
