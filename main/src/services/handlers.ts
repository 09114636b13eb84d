import type { Handlers } from '#shared/contract/dispatch';
import type { HandoutPdfService } from './handoutPdfService.ts';
import { createDataHandlers, type DataHandlerDeps } from './dataHandlers.ts';
import { createExportHandlers, type ExportHandlerDeps } from './exportHandlers.ts';
import type { SettingsService } from './settingsService.ts';
import { createShellHandlers, type ShellHandlerDeps } from './shell/shellHandlers.ts';
import type { SyncConfigService } from './sync/syncConfigService.ts';
import { createSyncHandlers } from './sync/syncHandlers.ts';

/** Asks the user for a folder: the OS folder dialog in the app, a folder set by the test in the harness; null when cancelled. */
export type ChooseFolder = (options: Readonly<{ defaultPath?: string }>) => Promise<string | null>;

/** What the main handlers need from their surroundings. */
export type HandlerDeps = Readonly<{
  appVersion: string;
  platform: string;
  userDataPath: string;
  runtime: 'electron' | 'browser-harness';
  settings: SettingsService;
  handoutPdf: HandoutPdfService;
  /** Sync target, journal and sealed secrets (`createSyncConfigService`). */
  syncConfig: SyncConfigService;
  /** The folder dialog behind the sync screen's "Choose folder…" button. */
  chooseFolder: ChooseFolder;
  /** Commands to the page, quit, logs, diagnostics and upgrade backups of the desktop shell. */
  shell: ShellHandlerDeps;
}> &
  DataHandlerDeps &
  ExportHandlerDeps;

/** The real main-process handlers, shared by the Electron app and the browser harness. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': () => ({
      version: deps.appVersion,
      platform: deps.platform,
      userDataPath: deps.userDataPath,
      runtime: deps.runtime,
    }),
    'settings:get': () => ({ values: deps.settings.get(), recovery: deps.settings.recovery }),
    'settings:set': (patch) => deps.settings.set(patch),
    'handout:savePdf': ({ fileName }, context) => deps.handoutPdf.save(fileName, context.senderUrl),
    ...createSyncHandlers(deps.syncConfig),
    'sync:choose-folder': async ({ defaultPath }) => {
      const path = await deps.chooseFolder(defaultPath === undefined ? {} : { defaultPath });
      // What the user picked in main's dialog is what a folder target may be.
      if (path !== null) await deps.syncConfig.rememberChosenFolder(path);
      return { path };
    },
    ...createDataHandlers(deps),
    ...createExportHandlers(deps),
    ...createShellHandlers(deps.shell),
  };
}
