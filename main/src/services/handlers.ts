import type { Handlers } from '#shared/contract/dispatch';
import type { HandoutPdfService } from './handoutPdfService.ts';
import { createDataHandlers, type DataHandlerDeps } from './dataHandlers.ts';
import type { SettingsService } from './settingsService.ts';
import type { SyncConfigService } from './sync/syncConfigService.ts';
import { createSyncHandlers } from './sync/syncHandlers.ts';

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
}> &
  DataHandlerDeps;

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
    ...createDataHandlers(deps),
  };
}
