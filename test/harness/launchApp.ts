import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { dispatch } from '#shared/contract/dispatch';
import { openConfSettingsStore } from '../../main/src/services/confSettingsStore.ts';
import { createHandlers } from '../../main/src/services/handlers.ts';
import { createHandoutPdfService } from '../../main/src/services/handoutPdfService.ts';
import { createSenderPolicy } from '../../main/src/services/senderPolicy.ts';
import { createSettingsService } from '../../main/src/services/settingsService.ts';
import { assertChromium, chromiumArgs, chromiumPath } from './chromium.ts';

/** One running app: a Chromium profile, a user-data folder and the page showing the renderer. */
export type AppInstance = Readonly<{
  context: BrowserContext;
  page: Page;
  userDataPath: string;
  profilePath: string;
  /** Files the app asked the system to open (the harness records instead of opening). */
  openedFiles: readonly string[];
  close(): Promise<void>;
}>;

/** How to launch the app in the harness. */
export type LaunchOptions = Readonly<{
  baseUrl: string;
  headless?: boolean;
  /** Reuse a user-data folder (for example to restart the app on the same data). */
  userDataPath?: string;
  /** Reuse a Chromium profile (keeps IndexedDB across a restart). */
  profilePath?: string;
  /** Keep the folders after close (the caller owns them). */
  keepFolders?: boolean;
  /** Where the harness's "save dialog" puts PDFs; defaults to `<userData>/pdf`. Null answers "cancel". */
  pdfFolder?: string | null;
}>;

const packageVersion = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Launches Debian's Chromium on the renderer build with the real main handlers bound through
 * `exposeBinding` and the same `dispatch()` the Electron main process uses. Only the transport differs:
 * the page gets `window.host.invoke` from an init script instead of the preload.
 */
export async function launchApp(options: LaunchOptions): Promise<AppInstance> {
  assertChromium();
  const userDataPath = options.userDataPath ?? (await mkdtemp(join(tmpdir(), 'kakehashi-data-')));
  const profilePath = options.profilePath ?? (await mkdtemp(join(tmpdir(), 'kakehashi-profile-')));
  const settings = createSettingsService({ directory: userDataPath, open: openConfSettingsStore, now: () => new Date() });
  const openedFiles: string[] = [];
  // The handlers exist before the browser does; printing looks the context up when it is called.
  const launchedContext: { current: BrowserContext | null } = { current: null };
  const pdfFolder = options.pdfFolder === undefined ? join(userDataPath, 'pdf') : options.pdfFolder;
  const handoutPdf = createHandoutPdfService({
    // The same print route through Chromium's print engine; Playwright's page.pdf() stands in for
    // webContents.printToPDF (it needs a headless Chromium).
    async printToPdf(senderUrl) {
      const page = launchedContext.current?.pages().find((candidate) => candidate.url() === senderUrl);
      if (page === undefined) throw new Error(`no page shows ${senderUrl}`);
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    },
    async chooseSavePath(suggestedName) {
      if (pdfFolder === null) return null;
      await mkdir(pdfFolder, { recursive: true });
      return join(pdfFolder, suggestedName);
    },
    writeFile: (path, bytes) => writeFile(path, bytes),
    openPath: (path) => {
      openedFiles.push(path);
      return Promise.resolve();
    },
  });
  const handlers = createHandlers({
    appVersion: packageVersion.version,
    platform: process.platform,
    userDataPath,
    runtime: 'browser-harness',
    settings,
    handoutPdf,
  });
  const isTrustedSender = createSenderPolicy([options.baseUrl]);
  const context = await chromium.launchPersistentContext(profilePath, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: chromiumArgs,
    viewport: options.headless === false ? null : { width: 1280, height: 800 },
    locale: 'ja-JP',
  });
  launchedContext.current = context;
  await context.exposeBinding('__kakehashiHostInvoke', (source, channel: unknown, input: unknown) =>
    dispatch({ handlers, isTrustedSender }, channel, input, { senderUrl: source.frame.url() }),
  );
  await context.addInitScript(() => {
    const invoke = (window as unknown as { __kakehashiHostInvoke: (c: unknown, i: unknown) => Promise<unknown> })
      .__kakehashiHostInvoke;
    Object.defineProperty(window, 'host', {
      value: Object.freeze({ invoke: (channel: unknown, input: unknown) => invoke(channel, input) }),
      writable: false,
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(options.baseUrl);
  return {
    context,
    page,
    userDataPath,
    profilePath,
    openedFiles,
    async close() {
      await context.close();
      if (options.keepFolders !== true) {
        if (options.userDataPath === undefined) await rm(userDataPath, { recursive: true, force: true });
        if (options.profilePath === undefined) await rm(profilePath, { recursive: true, force: true });
      }
    },
  };
}
