import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '#shared/contract/dispatch';
import { createDataServices } from '../../../main/src/services/dataServices.ts';
import { createHandoutPdfService } from '../../../main/src/services/handoutPdfService.ts';
import { createHandlers, type ChooseFolder } from '../../../main/src/services/handlers.ts';
import type { SecretStorageInfo } from '../../../main/src/services/sync/secretBox.ts';
import { secretProtection } from '../../../main/src/services/sync/secretProtection.ts';
import { createSyncConfigService } from '../../../main/src/services/sync/syncConfigService.ts';
import { createProcessSecretBox } from '../../../main/src/services/sync/testSecretBox.ts';
import { createHarnessShell } from '../../harness/harnessShell.ts';
import { removeTempFolders, tempFolder } from './support/devices.ts';

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await removeTempFolders();
});

type HostOptions = {
  chooseFolder?: ChooseFolder;
  confirmFolder?: (path: string) => Promise<boolean>;
  storage?: SecretStorageInfo;
  userDataPath?: string;
};

/** Main's real handlers on a fresh user-data folder, called as the page calls them. */
async function host(options: HostOptions = {}) {
  const userDataPath = options.userDataPath ?? (await tempFolder('userdata'));
  const syncConfig = createSyncConfigService({
    userDataPath,
    platform: 'linux',
    secretBox: createProcessSecretBox(options.storage),
    ...(options.confirmFolder === undefined ? {} : { confirmFolder: options.confirmFolder }),
    now: () => new Date('2026-12-01T09:00:00.000Z'),
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
    chooseFolder: options.chooseFolder ?? (() => Promise.resolve(null)),
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
    dispatch({ handlers, isTrustedSender: () => true }, channel, input, { senderUrl: 'x' });
  return { userDataPath, call };
}

/** The sync failure code of a refused call (`"<code>: detail"` in a `sync-failed` envelope). */
function refusal(envelope: unknown): string {
  const result = envelope as { ok: boolean; error?: { code: string; message: string } };
  if (result.ok) return 'ok';
  return result.error?.code === 'sync-failed' ? (result.error.message.split(':')[0] ?? '') : `${result.error?.code}`;
}

const folderTarget = (path: string) => ({ kind: 'folder', path });
const configureInput = (target: unknown, extra: Record<string, unknown> = {}) => ({
  target,
  deviceName: '事務所PC',
  autoSyncMinutes: 0,
  ...extra,
});

const teamFile = (teamId: string) =>
  JSON.stringify({
    format: 'kakehashi-sync',
    formatVersion: 1,
    teamId,
    teamName: '山形',
    createdAt: '2026-11-28T09:00:00.000Z',
    minAppVersion: '0.1.0',
    encryption: null,
  });

/** A WebDAV stand-in that records the Authorization header of every request. */
async function recordingServer(): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers.authorization ?? '(none)');
    response.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/dav`, seen };
}

describe('folder targets: main acts only in a folder the user chose', () => {
  it('refuses a typed folder nobody confirmed, and creates nothing there', async () => {
    const { userDataPath, call } = await host();
    const autostart = await tempFolder('autostart');
    expect(refusal(await call('sync:configure', configureInput(folderTarget(autostart))))).toBe('folder-not-chosen');
    expect(existsSync(join(userDataPath, 'sync.json'))).toBe(false);
    expect(
      refusal(
        await call('sync:put-if-absent', {
          store: 'target',
          key: 'devices/d1/info.json',
          bytes: new Uint8Array([1]),
        }),
      ),
    ).toBe('target-missing');
    expect(refusal(await call('sync:test-connection', { target: folderTarget(autostart) }))).toBe('folder-not-chosen');
    expect(await readdir(autostart)).toEqual([]);
  });

  it('asks main’s question for a typed folder and follows the answer', async () => {
    const asked: string[] = [];
    let answer = false;
    const { call } = await host({
      confirmFolder: (path) => {
        asked.push(path);
        return Promise.resolve(answer);
      },
    });
    const share = await tempFolder('share');
    expect(refusal(await call('sync:configure', configureInput(folderTarget(share))))).toBe('folder-not-chosen');
    answer = true;
    expect(refusal(await call('sync:configure', configureInput(folderTarget(share))))).toBe('ok');
    expect(asked).toEqual([share, share]);
    // Once confirmed (or saved), it is not asked again.
    expect(refusal(await call('sync:test-connection', { target: folderTarget(share) }))).toBe('ok');
    expect(asked).toHaveLength(2);
  });

  it('takes the folder picked in the folder dialog without asking, also through a symlink to it', async () => {
    const share = await tempFolder('share');
    const link = join(await tempFolder('links'), 'share-link');
    await symlink(share, link);
    const { call } = await host({ chooseFolder: () => Promise.resolve(share) });
    expect(await call('sync:choose-folder', {})).toEqual({ ok: true, value: { path: share } });
    expect(refusal(await call('sync:configure', configureInput(folderTarget(link))))).toBe('ok');
  });

  it('uses only keys of the sync layout, and no symlink that leads out of the folder', async () => {
    const share = await tempFolder('share');
    const outside = await tempFolder('outside');
    const { call } = await host({ chooseFolder: () => Promise.resolve(share) });
    await call('sync:choose-folder', {});
    expect(refusal(await call('sync:configure', configureInput(folderTarget(share))))).toBe('ok');
    await call('sync:set-team', { teamId: 'team1' });
    const put = (store: string, key: string) =>
      call('sync:put-if-absent', { store, key, bytes: new Uint8Array([1]) }).then(refusal);
    for (const key of [
      '.config/autostart/kakehashi.desktop',
      'autostart/evil.desktop',
      'devices/d1/../../../outside/x',
      '/etc/cron.d/x',
      'devices/d1/log/1.batch',
      'team.json/x',
    ])
      expect([key, await put('target', key)]).toEqual([key, expect.stringMatching(/^(outside-root|invalid-input)$/)]);
    expect(await put('journal', 'team.json')).toBe('outside-root');
    expect(refusal(await call('sync:delete', { store: 'target', key: 'team.json' }))).toBe('outside-root');
    expect(refusal(await call('sync:list', { store: 'target', prefix: '.config/' }))).toBe('outside-root');
    expect(refusal(await call('sync:get', { store: 'target', key: 'secrets.txt' }))).toBe('outside-root');

    await symlink(outside, join(share, 'devices'));
    expect(await put('target', 'devices/d1/info.json')).toBe('outside-root');
    expect(await readdir(outside)).toEqual([]);
    expect((await readdir(share)).sort()).toEqual(['devices']);
    // The layout still works.
    expect(await put('target', 'team.json')).toBe('ok');
    expect(await put('journal', 'devices/d1/log/000000000001.batch')).toBe('ok');
    expect(refusal(await call('sync:list', { store: 'target', prefix: 'blobs/' }))).toBe('ok');
  });
});

describe('team ids from a shared target', () => {
  it('refuses a team.json whose teamId climbs out, and writes nothing outside user data', async () => {
    const share = await tempFolder('share');
    await writeFile(join(share, 'team.json'), teamFile('../../x'));
    const { userDataPath, call } = await host({ chooseFolder: () => Promise.resolve(share) });
    await call('sync:choose-folder', {});
    expect(refusal(await call('sync:test-connection', { target: folderTarget(share) }))).toBe('corrupt-team-file');
    expect(refusal(await call('sync:set-team', { teamId: '../../x' }))).toBe('invalid-input');
    expect(refusal(await call('sync:set-team', { teamId: 'a'.repeat(65) }))).toBe('invalid-input');
    expect(existsSync(join(dirname(userDataPath), 'x'))).toBe(false);
  });

  it('does not put the journal outside user data for a sync.json holding such an id', async () => {
    const userDataPath = join(await tempFolder('nest'), 'a', 'b', 'userdata');
    await mkdir(userDataPath, { recursive: true });
    await writeFile(join(userDataPath, 'sync.json'), JSON.stringify({ teamId: '../../../escape' }));
    const { call } = await host({ userDataPath });
    const put = await call('sync:put-if-absent', {
      store: 'journal',
      key: 'devices/d1/log/000000000001.batch',
      bytes: new Uint8Array([1]),
    });
    expect(refusal(put)).toBe('target-empty');
    expect(existsSync(join(userDataPath, '..', '..', 'escape'))).toBe(false);
    expect(existsSync(join(userDataPath, 'sync-journal'))).toBe(false);
  });
});

describe('saved secrets follow their endpoint', () => {
  const webdav = (url: string, username = 'tanaka', password?: string) => ({
    kind: 'webdav',
    url,
    username,
    ...(password === undefined ? {} : { password }),
  });

  it('drops the saved password when host, port, path or user change', async () => {
    for (const changed of [
      webdav('https://evil.example.net/kakehashi'),
      webdav('https://dav.example.jp:8443/kakehashi'),
      webdav('https://dav.example.jp/other'),
      webdav('http://dav.example.jp/kakehashi'),
      webdav('https://dav.example.jp/kakehashi', 'suzuki'),
    ]) {
      const { call } = await host();
      await call('sync:configure', configureInput(webdav('https://dav.example.jp/kakehashi', 'tanaka', 'pw-1')));
      const saved = await call('sync:configure', configureInput(changed, { allowPlainHttp: true }));
      expect([changed, saved]).toMatchObject([changed, { ok: true, value: { hasSecret: false } }]);
    }
    const { call } = await host();
    await call('sync:configure', configureInput(webdav('https://dav.example.jp/kakehashi', 'tanaka', 'pw-1')));
    // The same endpoint (a trailing slash, an upper-case host) keeps it.
    expect(
      await call('sync:configure', configureInput(webdav('https://DAV.example.jp/kakehashi/', 'tanaka'))),
    ).toMatchObject({ ok: true, value: { hasSecret: true } });
  });

  it('never sends the saved password to a server the page names in a test', async () => {
    const saved = await recordingServer();
    const other = await recordingServer();
    const { call } = await host();
    await call('sync:configure', configureInput(webdav(saved.url, 'tanaka', 'pw-1')));
    await call('sync:test-connection', { target: webdav(other.url) });
    expect(other.seen.length).toBeGreaterThan(0);
    expect(other.seen.every((header) => header === '(none)')).toBe(true);
    await call('sync:test-connection', { target: webdav(saved.url) });
    expect(saved.seen).toContain(`Basic ${Buffer.from('tanaka:pw-1').toString('base64')}`);
  });

  it('drops the saved S3 secret when the bucket, endpoint or key id change', async () => {
    const s3 = (changes: Record<string, unknown> = {}) => ({
      kind: 's3',
      endpoint: 'https://s3.example.jp',
      bucket: 'kakehashi',
      accessKeyId: 'AKIA1',
      ...changes,
    });
    for (const changed of [
      s3({ bucket: 'other-bucket' }),
      s3({ endpoint: 'https://s3.evil.example.net' }),
      s3({ accessKeyId: 'AKIA2' }),
    ]) {
      const { call } = await host();
      await call('sync:configure', configureInput(s3({ secretAccessKey: 'secret-1' })));
      expect(await call('sync:configure', configureInput(changed))).toMatchObject({
        ok: true,
        value: { hasSecret: false },
      });
    }
  });

  it('refuses credentials inside a URL, and does not keep or show them', async () => {
    const { userDataPath, call } = await host();
    const withCredentials = webdav('https://tanaka:pw-in-url@dav.example.jp/kakehashi');
    expect(refusal(await call('sync:configure', configureInput(withCredentials)))).toBe('credentials-in-url');
    expect(refusal(await call('sync:test-connection', { target: withCredentials }))).toBe('credentials-in-url');
    expect(existsSync(join(userDataPath, 'sync.json'))).toBe(false);
    // A file from an older version that kept them is set aside; the page never sees the password.
    await writeFile(
      join(userDataPath, 'sync.json'),
      JSON.stringify({ target: { kind: 'webdav', url: 'https://tanaka:pw-in-url@dav.example.jp/', username: '' } }),
    );
    const config = await call('sync:get-config');
    expect(JSON.stringify(config)).not.toContain('pw-in-url');
    expect(config).toMatchObject({ ok: true, value: { target: null } });
  });

  it('asks before Basic auth goes over plain http:// to another computer', async () => {
    const { call } = await host();
    const remote = webdav('http://192.0.2.10/dav', 'tanaka', 'pw-1');
    expect(refusal(await call('sync:configure', configureInput(remote)))).toBe('plain-http');
    expect(refusal(await call('sync:test-connection', { target: remote }))).toBe('plain-http');
    expect(refusal(await call('sync:configure', configureInput(remote, { allowPlainHttp: true })))).toBe('ok');
    // Accepted once for this endpoint; the loopback and https never ask.
    expect(refusal(await call('sync:configure', configureInput(webdav('http://192.0.2.10/dav'))))).toBe('ok');
    expect(
      refusal(await call('sync:configure', configureInput(webdav('http://127.0.0.1:8080/dav', 'tanaka', 'pw')))),
    ).toBe('ok');
    expect(
      refusal(await call('sync:configure', configureInput(webdav('https://dav.example.jp/', 'tanaka', 'pw')))),
    ).toBe('ok');
  });
});

describe('sync.json that cannot be read', () => {
  it('is set aside under a new name and reported, not silently replaced', async () => {
    for (const content of ['{"target": {"kind": "folder", "pa', JSON.stringify({ autoSyncMinutes: 'often' })]) {
      const userDataPath = await tempFolder('userdata');
      await writeFile(join(userDataPath, 'sync.json'), content);
      const { call } = await host({ userDataPath });
      const backupFile = join(userDataPath, 'sync.corrupt-2026-12-01T09-00-00-000Z.json');
      expect(await call('sync:get-config')).toMatchObject({
        ok: true,
        value: { target: null, recovery: { backupFile } },
      });
      expect(await readFile(backupFile, 'utf8')).toBe(content);
      expect(existsSync(join(userDataPath, 'sync.json'))).toBe(false);
      // The notice stays for the session, so the sync screen can show it whenever it opens.
      expect(await call('sync:get-config')).toMatchObject({ ok: true, value: { recovery: { backupFile } } });
      // Until the user sets the target up again.
      await call('sync:configure', configureInput({ kind: 'webdav', url: 'https://dav.example.jp/', username: '' }));
      expect(await call('sync:get-config')).toMatchObject({ ok: true, value: { recovery: null } });
    }
  });

  it('reports nothing for a missing or good file', async () => {
    const { call } = await host({ confirmFolder: () => Promise.resolve(true) });
    expect(await call('sync:get-config')).toMatchObject({ ok: true, value: { recovery: null } });
    const share = await tempFolder('share');
    await call('sync:configure', configureInput(folderTarget(share)));
    expect(await call('sync:get-config')).toMatchObject({ ok: true, value: { recovery: null } });
  });
});

describe('the keychain', () => {
  const dav = { kind: 'webdav', url: 'https://dav.example.jp/', username: 'tanaka', password: 'pw-1' };

  it('says when secrets would be stored unprotected, and stores them only with consent', async () => {
    const { userDataPath, call } = await host({ storage: { available: true, backend: 'basic_text' } });
    expect(await call('sync:get-config')).toMatchObject({
      ok: true,
      value: { secretStorage: { protection: 'unprotected', backend: 'basic_text' } },
    });
    expect(refusal(await call('sync:configure', configureInput(dav)))).toBe('secrets-unprotected');
    expect(
      refusal(await call('sync:configure', configureInput({ ...dav, password: undefined }, { passphrase: 'x' }))),
    ).toBe('secrets-unprotected');
    expect(existsSync(join(userDataPath, 'sync.json'))).toBe(false);
    expect(await call('sync:configure', configureInput(dav, { allowUnprotectedSecrets: true }))).toMatchObject({
      ok: true,
      value: { hasSecret: true },
    });
  });

  it('stores no secret where the keychain is unavailable', async () => {
    const { call } = await host({ storage: { available: false, backend: 'unknown' } });
    expect(refusal(await call('sync:configure', configureInput(dav, { allowUnprotectedSecrets: true })))).toBe(
      'secrets-unavailable',
    );
  });

  it('classifies the backends', () => {
    const cases: [SecretStorageInfo, string, string][] = [
      [{ available: true, backend: 'gnome_libsecret' }, 'linux', 'protected'],
      [{ available: true, backend: 'kwallet5' }, 'linux', 'protected'],
      [{ available: true, backend: 'basic_text' }, 'linux', 'unprotected'],
      [{ available: true, backend: 'unknown' }, 'linux', 'unprotected'],
      [{ available: true, backend: 'dpapi' }, 'win32', 'protected'],
      [{ available: true, backend: 'keychain' }, 'darwin', 'protected'],
      [{ available: false, backend: 'keychain' }, 'darwin', 'unavailable'],
    ];
    for (const [info, platform, protection] of cases)
      expect([info, platform, secretProtection(info, platform).protection]).toEqual([info, platform, protection]);
  });
});
