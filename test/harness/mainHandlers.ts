import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '#shared/contract/dispatch';
import { openConfSettingsStore } from '../../main/src/services/confSettingsStore.ts';
import type { ChoosePath } from '../../main/src/services/dataHandlers.ts';
import { createHarnessShell, type HarnessShell } from './harnessShell.ts';
import type { ChooseExportPath } from '../../main/src/services/exportHandlers.ts';
import { createDataServices } from '../../main/src/services/dataServices.ts';
import { createHandlers, type ChooseFolder } from '../../main/src/services/handlers.ts';
import { createHandoutPdfService } from '../../main/src/services/handoutPdfService.ts';
import { createSettingsService, type SettingsService } from '../../main/src/services/settingsService.ts';
import { createSyncConfigService } from '../../main/src/services/sync/syncConfigService.ts';
import type { SecretBox, SecretStorageInfo } from '../../main/src/services/sync/secretBox.ts';
import { createProcessSecretBox } from '../../main/src/services/sync/testSecretBox.ts';

/** What the harness puts in place of Electron around the real main handlers. */
export type MainHandlerOptions = Readonly<{
  appVersion: string;
  userDataPath: string;
  /** Prints the page with this URL to PDF bytes (Playwright's page.pdf() in the harness). */
  printToPdf: (senderUrl: string) => Promise<Uint8Array>;
  /** Where the "save dialog" puts PDFs; null answers "cancel". */
  pdfFolder: string | null;
  /** Records a file the app asked the system to open. */
  openPath: (path: string) => void;
  /** Stands in for the folder dialog of the sync screen; by default `<userData>/sync-folder`. */
  chooseFolder?: ChooseFolder | undefined;
  /** Stands in for main's "use this typed folder?" question; by default the user answers "use it". */
  confirmFolder?: ((path: string) => Promise<boolean>) | undefined;
  /** What the secret box reports about itself (a Linux desktop without keychain: `basic_text`). */
  secretStorage?: SecretStorageInfo | undefined;
  /** Seals the sync secrets; by default a key that lives only in this process. */
  secretBox?: SecretBox | undefined;
  /** Stands in for the save dialog of a list export; by default it saves into `<userData>/exports`. */
  chooseExportPath?: ChooseExportPath | undefined;
  chooseSavePath?: ChoosePath | undefined;
  chooseOpenPath?: ChoosePath | undefined;
  now?: (() => Date) | undefined;
}>;

/**
 * The real main-process handlers as the harness (and the IPC fuzz test) build them: the same
 * services as main.ts, with the dialogs, the print engine and the OS keychain replaced.
 */
export function createMainHandlers(options: MainHandlerOptions): Handlers {
  return createMainHost(options).handlers;
}

/** The handlers and the harness's desktop shell behind them (its command queue, its quit count). */
export function createMainHost(
  options: MainHandlerOptions,
): Readonly<{ handlers: Handlers; shell: HarnessShell; settings: SettingsService }> {
  const { userDataPath, pdfFolder } = options;
  const settings = createSettingsService({
    directory: userDataPath,
    open: openConfSettingsStore,
    now: () => new Date(),
  });
  const handoutPdf = createHandoutPdfService({
    printToPdf: options.printToPdf,
    async chooseSavePath(suggestedName) {
      if (pdfFolder === null) return null;
      await mkdir(pdfFolder, { recursive: true });
      return join(pdfFolder, suggestedName);
    },
    writeFile: (path, bytes) => writeFile(path, bytes),
    openPath: (path) => {
      options.openPath(path);
      return Promise.resolve();
    },
  });
  const dataServices = createDataServices({
    userDataPath,
    appVersion: options.appVersion,
    now: options.now ?? (() => new Date()),
    chooseSavePath: options.chooseSavePath ?? (() => Promise.resolve(null)),
    chooseOpenPath: options.chooseOpenPath ?? (() => Promise.resolve(null)),
    openPath: (path) => {
      options.openPath(path);
      return Promise.resolve();
    },
  });
  const shell = createHarnessShell({
    userDataPath,
    appVersion: options.appVersion,
    backups: dataServices.backups,
    ...(options.chooseSavePath === undefined ? {} : { chooseSavePath: options.chooseSavePath }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const handlers = createHandlers({
    appVersion: options.appVersion,
    platform: process.platform,
    userDataPath,
    runtime: 'browser-harness',
    settings,
    handoutPdf,
    syncConfig: createSyncConfigService({
      userDataPath,
      secretBox: options.secretBox ?? createProcessSecretBox(options.secretStorage),
      // Without a stand-in, the user declines every typed folder (the fuzz test relies on that).
      confirmFolder: options.confirmFolder ?? (() => Promise.resolve(false)),
    }),
    chooseFolder:
      options.chooseFolder ??
      (async () => {
        const folder = join(userDataPath, 'sync-folder');
        await mkdir(folder, { recursive: true });
        return folder;
      }),
    chooseExportPath:
      options.chooseExportPath ??
      (async ({ suggestedName }) => {
        const folder = join(userDataPath, 'exports');
        await mkdir(folder, { recursive: true });
        return join(folder, suggestedName);
      }),
    shell: shell.deps,
    ...dataServices,
  });
  return { handlers, shell, settings };
}
