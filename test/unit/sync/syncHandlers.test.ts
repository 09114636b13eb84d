import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '#shared/contract/dispatch';
import { createDataServices } from '../../../main/src/services/dataServices.ts';
import { createHandoutPdfService } from '../../../main/src/services/handoutPdfService.ts';
import { createHandlers, type ChooseFolder } from '../../../main/src/services/handlers.ts';
import { createSyncConfigService } from '../../../main/src/services/sync/syncConfigService.ts';
import { createProcessSecretBox } from '../../../main/src/services/sync/testSecretBox.ts';
import { createHarnessShell } from '../../harness/harnessShell.ts';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';
import { createTeam } from '#shared/sync/team';
import { removeTempFolders, tempFolder } from './support/devices.ts';

afterAll(removeTempFolders);

async function host(chooseFolder: ChooseFolder = () => Promise.resolve(null)) {
  const userDataPath = await tempFolder('userdata');
  const syncConfig = createSyncConfigService({
    userDataPath,
    secretBox: createProcessSecretBox(),
    // The user answers "use this folder" to main's question about a typed path.
    confirmFolder: () => Promise.resolve(true),
  });
  const handlers = createHandlers({
    appVersion: '0.1.0',
    platform: 'linux',
    userDataPath,
    runtime: 'browser-harness',
    settings: {
      get: () => ({ language: 'ja', calendar: 'gregory' }),
      set: () => ({ language: 'ja', calendar: 'gregory' }),
      recovery: null,
    },
    syncConfig,
    chooseFolder,
    chooseExportPath: () => Promise.resolve(null),
    shell: createHarnessShell({
      userDataPath,
      appVersion: '0.1.0',
      backups: { exportTo: () => Promise.reject(new Error('not used here')) },
    }).deps,
    handoutPdf: createHandoutPdfService({
      printToPdf: () => Promise.reject(new Error('not used here')),
      chooseSavePath: () => Promise.resolve(null),
      writeFile: () => Promise.resolve(),
      openPath: () => Promise.resolve(),
    }),
    ...createDataServices({
      userDataPath,
      appVersion: '0.1.0',
      now: () => new Date(),
      chooseSavePath: () => Promise.resolve(null),
      chooseOpenPath: () => Promise.resolve(null),
    }),
  });
  const call = (channel: string, input?: unknown) =>
    dispatch({ handlers, isTrustedSender: () => true }, channel, input, {
      senderUrl: 'x',
    });
  return { userDataPath, call };
}

describe('sync channels', () => {
  it('answers the folder the user chose in the folder dialog, or null when cancelled', async () => {
    const asked: unknown[] = [];
    const chosen = await host((options) => {
      asked.push(options);
      return Promise.resolve('/mnt/share/kakehashi');
    });
    expect(await chosen.call('sync:choose-folder', { defaultPath: '/mnt/share' })).toEqual({
      ok: true,
      value: { path: '/mnt/share/kakehashi' },
    });
    expect(await chosen.call('sync:choose-folder', {})).toEqual({ ok: true, value: { path: '/mnt/share/kakehashi' } });
    expect(asked).toEqual([{ defaultPath: '/mnt/share' }, {}]);
    const cancelled = await host();
    expect(await cancelled.call('sync:choose-folder', {})).toEqual({ ok: true, value: { path: null } });
    expect(await cancelled.call('sync:choose-folder', { path: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('keeps credentials and the passphrase sealed, never in sync.json as text', async () => {
    const { userDataPath, call } = await host();
    const saved = await call('sync:configure', {
      target: {
        kind: 'webdav',
        url: 'http://127.0.0.1:1/dav',
        username: 'tanaka',
        password: 'dav-secret-123',
      },
      passphrase: 'team-passphrase-456',
      deviceName: '事務所PC',
      autoSyncMinutes: 15,
    });
    expect(saved).toMatchObject({
      ok: true,
      value: {
        hasSecret: true,
        hasPassphrase: true,
        target: { kind: 'webdav', username: 'tanaka' },
      },
    });
    expect(JSON.stringify(saved)).not.toContain('dav-secret-123');
    const file = await readFile(join(userDataPath, 'sync.json'), 'utf8');
    expect(file).not.toContain('dav-secret-123');
    expect(file).not.toContain('team-passphrase-456');
    expect(await call('sync:passphrase')).toEqual({
      ok: true,
      value: { passphrase: 'team-passphrase-456' },
    });
  });

  it('tests a folder connection: missing, empty, a team', async () => {
    const { call } = await host();
    const folder = await tempFolder('share');
    const missing = await call('sync:test-connection', {
      target: { kind: 'folder', path: join(folder, 'nope') },
    });
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'sync-failed',
        message: expect.stringMatching(/^target-missing: /) as unknown,
      },
    });
    expect(
      await call('sync:test-connection', {
        target: { kind: 'folder', path: folder },
      }),
    ).toMatchObject({ ok: true, value: { state: 'empty' } });
    await writeFile(
      join(folder, 'team.json'),
      JSON.stringify({
        format: 'kakehashi-sync',
        formatVersion: 1,
        teamId: 't1',
        teamName: '山形',
        createdAt: 'x',
        minAppVersion: '0',
        encryption: null,
      }),
    );
    expect(
      await call('sync:test-connection', {
        target: { kind: 'folder', path: folder },
      }),
    ).toMatchObject({
      ok: true,
      value: {
        state: 'team',
        teamId: 't1',
        teamName: '山形',
        encrypted: false,
      },
    });
  });

  it('tests the passphrase of an encrypted team: typed, saved, wrong or missing', async () => {
    const { call } = await host();
    const folder = await tempFolder('share');
    await mkdir(folder, { recursive: true });
    await createTeam(createFolderStore({ root: folder }), {
      teamId: 'enc1',
      teamName: '置賜',
      passphrase: '正しい合言葉',
      appVersion: '0.1.0',
      now: () => new Date('2026-11-30T09:00:00Z'),
    });
    const target = { kind: 'folder' as const, path: folder };
    const failure = (code: string) => ({
      ok: false,
      error: { code: 'sync-failed', message: expect.stringMatching(new RegExp(`^${code}: `)) as unknown },
    });
    expect(await call('sync:test-connection', { target })).toMatchObject(failure('passphrase-required'));
    expect(await call('sync:test-connection', { target, passphrase: '違う合言葉' })).toMatchObject(
      failure('wrong-passphrase'),
    );
    expect(await call('sync:test-connection', { target, passphrase: '正しい合言葉' })).toMatchObject({
      ok: true,
      value: { state: 'team', encrypted: true },
    });
    // Without a typed one, the saved passphrase is the one tested.
    await call('sync:configure', { target, passphrase: '違う合言葉', deviceName: 'PC', autoSyncMinutes: 0 });
    expect(await call('sync:test-connection', {})).toMatchObject(failure('wrong-passphrase'));
    await call('sync:configure', { target, passphrase: '正しい合言葉', deviceName: 'PC', autoSyncMinutes: 0 });
    expect(await call('sync:test-connection', {})).toMatchObject({ ok: true, value: { encrypted: true } });
  });

  it('moves bytes through the target and the journal', async () => {
    const { call } = await host();
    const folder = await tempFolder('share');
    await mkdir(folder, { recursive: true });
    await call('sync:configure', {
      target: { kind: 'folder', path: folder },
      deviceName: 'PC',
      autoSyncMinutes: 0,
    });
    await call('sync:set-team', { teamId: 'team1' });
    const key = 'devices/d1/log/000000000001.batch';
    expect(
      await call('sync:put-if-absent', {
        store: 'target',
        key,
        bytes: new Uint8Array([1, 2]),
      }),
    ).toEqual({ ok: true, value: { result: 'created' } });
    expect(await call('sync:get', { store: 'target', key })).toEqual({
      ok: true,
      value: { bytes: new Uint8Array([1, 2]) },
    });
    expect(
      await call('sync:put-if-absent', {
        store: 'journal',
        key,
        bytes: new Uint8Array([3]),
      }),
    ).toEqual({ ok: true, value: { result: 'created' } });
    expect(await call('sync:list', { store: 'journal', prefix: 'devices/' })).toEqual({
      ok: true,
      value: { entries: [{ key, size: 1 }] },
    });
    expect(await call('sync:get', { store: 'target', key: '../secret' })).toMatchObject({
      ok: false,
      error: {
        code: 'sync-failed',
        message: expect.stringMatching(/^outside-root/) as unknown,
      },
    });
  });
});
