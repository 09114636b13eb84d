// `npm run dev:browser`: the app in Chromium with the real main handlers, kept between starts. The
// page's IndexedDB belongs to its origin, so the route always serves from the same port: a new port
// would be a new origin, and everything entered would seem gone at the next start.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createProcessSecretBox } from '../../main/src/services/sync/testSecretBox.ts';
import { launchApp, type AppInstance } from './launchApp.ts';
import { startRendererServer, type RendererServer } from './rendererServer.ts';

/** The port the browser route serves from unless KAKEHASHI_BROWSER_PORT says otherwise. */
export const browserRoutePort = 47_615;

/** How to start the browser route. */
export type BrowserRouteOptions = Readonly<{
  /** Folder holding the user data, the Chromium profile and the key that seals secrets. */
  home: string;
  /** A throwaway profile and user data (nothing kept). */
  fresh?: boolean;
  headless?: boolean;
  port?: number;
}>;

/** A running browser route; `notice` says why it could not use its usual port, if so. */
export type BrowserRoute = Readonly<{
  app: AppInstance;
  server: RendererServer;
  notice: string | null;
  close(): Promise<void>;
}>;

/** Starts the server on the route's port (or, if it is taken, on a free one with a notice) and the app. */
export async function startBrowserRoute(options: BrowserRouteOptions): Promise<BrowserRoute> {
  const port = options.port ?? browserRoutePort;
  const { server, notice } = await serveOn(port);
  const userDataPath = join(options.home, 'user-data');
  const profilePath = join(options.home, 'chromium-profile');
  const kept = options.fresh !== true;
  if (kept) {
    await mkdir(userDataPath, { recursive: true });
    await mkdir(profilePath, { recursive: true });
  }
  const app = await launchApp({
    baseUrl: server.url,
    headless: options.headless ?? false,
    // The user answers the welcome screen (sample data or empty), as in the app.
    firstRun: 'ask',
    ...(kept
      ? {
          userDataPath,
          profilePath,
          keepFolders: true,
          secretBox: createProcessSecretBox(undefined, await secretKey(options.home)),
        }
      : {}),
  });
  return {
    app,
    server,
    notice,
    async close() {
      await app.close().catch(() => undefined);
      await server.close();
    },
  };
}

async function serveOn(port: number): Promise<{ server: RendererServer; notice: string | null }> {
  try {
    return { server: await startRendererServer('dist/renderer', port), notice: null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const server = await startRendererServer('dist/renderer');
    const notice =
      `Port ${port} is in use (is Kakehashi already running in another window?). This window runs on ` +
      `${server.url} instead, a different origin: it does not show the data kept for port ${port}, and what ` +
      `you enter here is not kept there. Close the other program, or choose the port with KAKEHASHI_BROWSER_PORT.`;
    return { server, notice };
  }
}

// The key that seals the sync secrets (team passphrase, passwords) in the user data: kept beside it
// (readable by this user only), so that a restart opens them again. Electron uses the system's
// keychain instead.
async function secretKey(home: string): Promise<Uint8Array> {
  const path = join(home, 'secret-box.key');
  try {
    const key = await readFile(path);
    if (key.length === 32) return new Uint8Array(key);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  await writeFile(path, key, { mode: 0o600 });
  return new Uint8Array(key);
}
