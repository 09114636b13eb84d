import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { dispatch, type Handlers } from '#shared/contract/dispatch';
import type { ChoosePath } from '../../main/src/services/dataHandlers.ts';
import type { ChooseExportPath } from '../../main/src/services/exportHandlers.ts';
import type { ChooseFolder } from '../../main/src/services/handlers.ts';
import type { SecretStorageInfo } from '../../main/src/services/sync/secretBox.ts';
import { createSenderPolicy } from '../../main/src/services/senderPolicy.ts';
import { assertChromium, chromiumArgs, chromiumLanguage, chromiumPath } from './chromium.ts';
import type { SecretBox } from '../../main/src/services/sync/secretBox.ts';
import { createMainHost } from './mainHandlers.ts';
import type { ShellCommandQueue } from '../../main/src/services/shell/shellCommands.ts';

/** One running app: a Chromium profile, a user-data folder and the page showing the renderer. */
export type AppInstance = Readonly<{
  context: BrowserContext;
  page: Page;
  userDataPath: string;
  profilePath: string;
  /** Files the app asked the system to open (the harness records instead of opening). */
  openedFiles: readonly string[];
  /** Folders typed on the page that main asked the user about before using them. */
  folderQuestions: readonly string[];
  /** The desktop shell's command queue: a test posts what a menu click or a quit would. */
  shellCommands: ShellCommandQueue;
  /** How many times the page said it is ready to quit (`shell:quit-ready`). */
  quitReadyCalls(): number;
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
  /** Stands in for the save dialog (backup destination); without it, choosing is cancelled. */
  chooseSavePath?: ChoosePath;
  /** Stands in for the open dialog (restore file); without it, choosing is cancelled. */
  chooseOpenPath?: ChoosePath;
  /**
   * Stands in for the folder dialog of the sync screen; by default it answers `<userData>/sync-folder`
   * (created on demand), a folder a test can look into.
   */
  chooseFolder?: ChooseFolder;
  /**
   * Stands in for main's "use this typed folder?" question; by default the user answers "use it".
   * The paths asked about are recorded in `folderQuestions`.
   */
  confirmFolder?: (path: string) => Promise<boolean>;
  /** What the harness's secret box reports about itself (a Linux desktop without keychain: `basic_text`). */
  secretStorage?: SecretStorageInfo;
  /**
   * Seals the sync passphrase; by default a key that lives only in this process (a restart cannot
   * read it back). The browser route passes one whose key is kept in its home folder.
   */
  secretBox?: SecretBox;
  /** Stands in for the save dialog of a list export; by default it saves into `<userData>/exports`. */
  chooseExportPath?: ChooseExportPath;
  /** The main process's clock (automatic backups); the real one by default. */
  now?: () => Date;
  /**
   * How to answer the first-run screen when it appears: start empty (default), load the sample
   * data, or leave it on screen ('ask') for a test of that screen.
   */
  firstRun?: 'empty' | 'samples' | 'ask';
  /** Replace some handlers, to inject faults the real ones would need a broken machine for. */
  handlerOverrides?: Partial<Handlers>;
}>;

/** What the preload does in Electron: `window.host.invoke`, and nothing else. */
const hostShim = `(() => {
  const invoke = window.__kakehashiHostInvoke;
  Object.defineProperty(window, 'host', {
    value: Object.freeze({ invoke: (channel, input) => invoke(channel, input) }),
    writable: false,
  });
})();`;

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
  const openedFiles: string[] = [];
  const folderQuestions: string[] = [];
  // The handlers exist before the browser does; printing looks the context up when it is called.
  const launchedContext: { current: BrowserContext | null } = { current: null };
  const {
    handlers: realHandlers,
    shell,
    settings,
  } = createMainHost({
    appVersion: packageVersion.version,
    userDataPath,
    // The same print route through Chromium's print engine; Playwright's page.pdf() stands in for
    // webContents.printToPDF (headless and headed alike in Debian's Chromium).
    async printToPdf(senderUrl) {
      const page = launchedContext.current?.pages().find((candidate) => candidate.url() === senderUrl);
      if (page === undefined) throw new Error(`no page shows ${senderUrl}`);
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    },
    pdfFolder: options.pdfFolder === undefined ? join(userDataPath, 'pdf') : options.pdfFolder,
    openPath: (path) => openedFiles.push(path),
    chooseFolder: options.chooseFolder,
    confirmFolder: (path) => {
      folderQuestions.push(path);
      return options.confirmFolder?.(path) ?? Promise.resolve(true);
    },
    secretStorage: options.secretStorage,
    secretBox: options.secretBox,
    chooseExportPath: options.chooseExportPath,
    chooseSavePath: options.chooseSavePath,
    chooseOpenPath: options.chooseOpenPath,
    now: options.now,
  });
  const handlers: Handlers = { ...realHandlers, ...options.handlerOverrides };
  const isTrustedSender = createSenderPolicy([options.baseUrl]);
  // Chromium speaks the UI language chosen when it starts (a change applies at the next start).
  const language = chromiumLanguage(settings.get().language);
  const context = await chromium.launchPersistentContext(profilePath, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: [...chromiumArgs, ...language.args],
    viewport: options.headless === false ? null : { width: 1280, height: 800 },
    locale: language.locale,
    env: { ...process.env, ...language.env },
  });
  launchedContext.current = context;
  await context.exposeBinding('__kakehashiHostInvoke', (source, channel: unknown, input: unknown) =>
    dispatch({ handlers, isTrustedSender }, channel, input, { senderUrl: source.frame.url() }),
  );
  // A string, not a function: tools that transpile this file (tsx) may add helpers to a function
  // that do not exist inside the page.
  await context.addInitScript({ content: hostShim });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(options.baseUrl);
  await answerFirstRun(page, options.firstRun ?? 'empty');
  return {
    context,
    page,
    userDataPath,
    profilePath,
    openedFiles,
    folderQuestions,
    shellCommands: shell.commands,
    quitReadyCalls: shell.quitRequests,
    async close() {
      await context.close();
      if (options.keepFolders !== true) {
        if (options.userDataPath === undefined) await rm(userDataPath, { recursive: true, force: true });
        if (options.profilePath === undefined) await rm(profilePath, { recursive: true, force: true });
      }
    },
  };
}

/** Answers the first-run screen if this profile has not answered it yet; waits until the app shows. */
async function answerFirstRun(page: Page, choice: 'empty' | 'samples' | 'ask'): Promise<void> {
  if (choice === 'ask') return;
  const firstRun = page.locator('[data-first-run-choice]').first();
  const shell = page.locator('nav').first();
  // An error screen (a test of failures) has neither: nothing to answer then.
  const errorScreen = page.locator('.error-screen').first();
  await firstRun.or(shell).or(errorScreen).waitFor();
  if (await firstRun.isVisible()) {
    await page.locator(`[data-first-run-choice="${choice}"]`).click();
    await shell.waitFor();
  }
}
