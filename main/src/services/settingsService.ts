import { renameSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultSettings,
  settingsSchema,
  type Settings,
  type SettingsPatch,
  type SettingsRecovery,
} from '#shared/settings';

/** The part of electron-store (and its base, conf) the settings service uses. */
export type KeyValueStore = {
  readonly path: string;
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
  clear(): void;
};

/** Opens the settings file in a folder; throws when the file cannot be parsed. */
export type OpenKeyValueStore = (directory: string) => KeyValueStore;

/** Reads and writes the user's settings, validated by the shared schema. */
export type SettingsService = Readonly<{
  get(): Settings;
  set(patch: SettingsPatch): Settings;
  /** Why the stored settings were replaced by defaults at start, or null. */
  recovery: SettingsRecovery | null;
}>;

type Deps = Readonly<{ directory: string; open: OpenKeyValueStore; now: () => Date }>;

function backupName(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.replace(/\.json$/, '') + `.corrupt-${stamp}.json`;
}

/**
 * Opens the settings. A file that cannot be parsed, or holds values the schema refuses, is kept
 * aside under a `.corrupt-<time>.json` name (nothing the user had is deleted) and the defaults
 * take its place, with a notice the UI shows.
 */
export function createSettingsService({ directory, open, now }: Deps): SettingsService {
  let store: KeyValueStore;
  let recovery: SettingsRecovery | null = null;
  try {
    store = open(directory);
  } catch (error) {
    const backupFile = backupName(settingsFilePath(directory), now());
    renameSync(settingsFilePath(directory), backupFile);
    recovery = { reason: 'unreadable', detail: error instanceof Error ? error.message : String(error), backupFile };
    store = open(directory);
  }
  const parsed = settingsSchema.safeParse(store.store);
  if (!parsed.success) {
    const backupFile = backupName(store.path, now());
    renameSync(store.path, backupFile);
    recovery = { reason: 'invalid', detail: parsed.error.issues.map((i) => i.path.join('.')).join(', '), backupFile };
    store = open(directory);
    store.clear();
  }
  store.set({ ...defaultSettings, ...(parsed.success ? parsed.data : {}) });

  return {
    recovery,
    get: () => settingsSchema.parse(store.store),
    set(patch) {
      const next = settingsSchema.parse({ ...settingsSchema.parse(store.store), ...patch });
      store.set(next);
      return next;
    },
  };
}

/** Where the settings file lives inside the user-data folder. */
export function settingsFilePath(directory: string): string {
  return join(directory, 'settings.json');
}
