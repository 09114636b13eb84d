import Conf from 'conf';
import type { OpenKeyValueStore } from './settingsService.ts';

/**
 * Opens `settings.json` with conf, the library electron-store extends (atomic writes, same file
 * format). The browser harness uses this; the Electron app passes electron-store itself.
 */
export const openConfSettingsStore: OpenKeyValueStore = (directory) =>
  new Conf<Record<string, unknown>>({ cwd: directory, configName: 'settings', clearInvalidConfig: false });
