import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '#shared/contract/dispatch';
import { openConfSettingsStore } from '../../../main/src/services/confSettingsStore.ts';
import { createHandoutPdfService } from '../../../main/src/services/handoutPdfService.ts';
import { createDataServices } from '../../../main/src/services/dataServices.ts';
import { createHarnessShell } from '../../harness/harnessShell.ts';
import { createHandlers } from '../../../main/src/services/handlers.ts';
import { createSyncConfigService } from '../../../main/src/services/sync/syncConfigService.ts';
import { createProcessSecretBox } from '../../../main/src/services/sync/testSecretBox.ts';
import { createSettingsService } from '../../../main/src/services/settingsService.ts';

// electron-store imports electron's app and ipcMain, which plain Node cannot load.
vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => '/nonexistent', getVersion: () => '0.0.0', getName: () => 'kakehashi', on: () => undefined },
    ipcMain: { on: () => undefined },
    shell: {},
  };
  return { ...electron, default: electron };
});

let directory: string;
const now = () => new Date('2026-04-01T09:00:00Z');

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kakehashi-settings-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function handlersFor(dir: string) {
  const settings = createSettingsService({ directory: dir, open: openConfSettingsStore, now });
  const cancel = () => Promise.resolve(null);
  const handoutPdf = createHandoutPdfService({
    printToPdf: () => Promise.reject(new Error('not used here')),
    chooseSavePath: cancel,
    writeFile: () => Promise.resolve(),
    openPath: () => Promise.resolve(),
  });
  const data = createDataServices({
    userDataPath: dir,
    appVersion: '1.2.3',
    now,
    chooseSavePath: cancel,
    chooseOpenPath: cancel,
  });
  return createHandlers({
    appVersion: '1.2.3',
    platform: 'linux',
    userDataPath: dir,
    runtime: 'browser-harness',
    settings,
    handoutPdf,
    ...data,
    syncConfig: createSyncConfigService({ userDataPath: dir, secretBox: createProcessSecretBox() }),
    chooseFolder: cancel,
    chooseExportPath: cancel,
    shell: createHarnessShell({ userDataPath: dir, appVersion: '1.2.3', backups: data.backups }).deps,
  });
}

async function call(dir: string, channel: string, input: unknown) {
  return dispatch({ handlers: handlersFor(dir), isTrustedSender: () => true }, channel, input, {
    senderUrl: 'app://kakehashi/',
  });
}

describe('settings through the real handler', () => {
  it('starts with Japanese and the Western calendar', async () => {
    expect(await call(directory, 'settings:get', undefined)).toEqual({
      ok: true,
      value: { values: { language: 'ja', calendar: 'gregory' }, recovery: null },
    });
  });

  it('round-trips a change through the settings file', async () => {
    expect(await call(directory, 'settings:set', { language: 'en', calendar: 'japanese' })).toMatchObject({ ok: true });
    const stored = JSON.parse(await readFile(join(directory, 'settings.json'), 'utf8')) as unknown;
    expect(stored).toEqual({ language: 'en', calendar: 'japanese' });
    // A new service on the same folder, as after a restart.
    expect(await call(directory, 'settings:get', undefined)).toMatchObject({
      ok: true,
      value: { values: { language: 'en', calendar: 'japanese' } },
    });
  });

  it('reports a corrupt file, keeps it aside and uses defaults', async () => {
    await writeFile(join(directory, 'settings.json'), '{"language": "en",');
    const result = await call(directory, 'settings:get', undefined);
    expect(result).toMatchObject({
      ok: true,
      value: { values: { language: 'ja', calendar: 'gregory' }, recovery: { reason: 'unreadable' } },
    });
    const files = await readdir(directory);
    const backup = files.find((name) => name.startsWith('settings.corrupt-'));
    expect(backup).toBeDefined();
    expect(await readFile(join(directory, backup!), 'utf8')).toBe('{"language": "en",');
  });

  it('reports values the schema refuses and uses defaults', async () => {
    await writeFile(join(directory, 'settings.json'), JSON.stringify({ language: 'klingon', calendar: 'gregory' }));
    const result = await call(directory, 'settings:get', undefined);
    expect(result).toMatchObject({
      ok: true,
      value: { values: { language: 'ja' }, recovery: { reason: 'invalid', detail: 'language' } },
    });
  });

  it('works the same with electron-store, the store the app uses', async () => {
    const { default: ElectronStore } = await import('electron-store');
    const settings = createSettingsService({
      directory,
      open: (dir) => new ElectronStore<Record<string, unknown>>({ cwd: dir, name: 'settings' }),
      now,
    });
    settings.set({ language: 'en' });
    const reopened = createSettingsService({ directory, open: openConfSettingsStore, now });
    expect(reopened.get().language).toBe('en');
  });
});
