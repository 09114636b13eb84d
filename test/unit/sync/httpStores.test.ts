import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '#shared/sync/blobStore';
import { SyncError } from '#shared/sync/syncError';
import { createTeam, joinTeam } from '#shared/sync/team';
import { createS3Store } from '../../../main/src/services/sync/s3Store.ts';
import { createWebDavStore } from '../../../main/src/services/sync/webdavStore.ts';
import { apacheMissing, startApacheDav, type ApacheDav } from '../../servers/apacheDav.ts';
import { startS3rver, type S3Peer } from '../../servers/s3rver.ts';
import { createTestDevice, removeTempFolders } from './support/devices.ts';

let apache: ApacheDav | null = null;
let s3: S3Peer | undefined;

beforeAll(async () => {
  const missing = apacheMissing();
  if (missing === null) apache = await startApacheDav();
  s3 = await startS3rver();
}, 30_000);

afterAll(async () => {
  await apache?.stop();
  await s3?.stop();
  await removeTempFolders();
});

const needApache = (): ApacheDav => {
  // Fails (never skips) with the one line that fixes it.
  if (apache === null) throw new Error(apacheMissing() ?? 'apache not started');
  return apache;
};

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof SyncError ? error.code : `unexpected: ${String(error)}`;
  }
}

const s3Peer = (): S3Peer => {
  if (s3 === undefined) throw new Error('s3rver did not start');
  return s3;
};

let bucketFolder = 0;
const stores: [string, () => BlobStore][] = [
  [
    'Apache mod_dav',
    () => {
      const server = needApache();
      return createWebDavStore({
        url: server.url,
        username: server.username,
        password: server.password,
      });
    },
  ],
  [
    's3rver',
    () =>
      createS3Store({
        endpoint: s3Peer().endpoint,
        region: 'us-east-1',
        bucket: s3Peer().bucket,
        prefix: `t${++bucketFolder}`,
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
      }),
  ],
];

describe.each(stores)('%s store', (_name, makeStore) => {
  it('writes create-only, lists, reads and deletes', async () => {
    const store = makeStore();
    const key = `devices/d${Date.now()}/log/000000000001.batch`;
    expect(await store.putIfAbsent(key, new Uint8Array([1, 2, 3]))).toBe('created');
    expect(await store.putIfAbsent(key, new Uint8Array([9]))).toBe('exists');
    expect(await store.get(key)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await store.get('devices/none/info.json')).toBeNull();
    expect((await store.list(key.slice(0, key.lastIndexOf('/') + 1))).map((entry) => entry.key)).toEqual([key]);
    await store.delete(key);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
  });

  it('syncs two devices and shows the conflict on both', async () => {
    const target = makeStore();
    const team = await createTeam(target, {
      teamId: `team${Date.now()}`,
      teamName: 'office',
      passphrase: null,
      appVersion: '0.1.0',
      now: () => new Date(),
    });
    const a = await createTestDevice('devA', target, team);
    const b = await createTestDevice('devB', target, team, {
      wall: a.wall + 1000,
    });
    a.replica.edit('companies', 'c1', { name: '置賜の酒造', notes: 'Aのメモ' });
    b.replica.edit('companies', 'c1', { notes: 'Bのメモ' });
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.sync();
    expect(a.replica.view()).toEqual({
      'companies/c1': { name: '置賜の酒造', notes: 'Bのメモ' },
    });
    expect(b.replica.view()).toEqual(a.replica.view());
    expect(a.replica.conflicts).toEqual([expect.objectContaining({ field: 'notes', value: 'Aのメモ' })]);
    expect(b.replica.conflicts).toEqual([expect.objectContaining({ field: 'notes', value: 'Aのメモ' })]);
    expect(await joinTeam(target, null)).toMatchObject({
      file: { teamId: team.file.teamId },
    });
  });
});

describe('server errors', () => {
  it('refuses a wrong WebDAV password as unauthorized', async () => {
    const server = needApache();
    const store = createWebDavStore({
      url: server.url,
      username: server.username,
      password: 'wrong',
    });
    expect(await errorCode(store.get('team.json'))).toBe('unauthorized');
  });

  it('says a missing WebDAV folder or S3 bucket is missing', async () => {
    const server = needApache();
    const dav = createWebDavStore({
      url: `${server.url}/nowhere`,
      username: server.username,
      password: server.password,
    });
    expect(await errorCode(joinTeam(dav, null))).toBe('target-missing');
    const bucket = createS3Store({
      endpoint: s3Peer().endpoint,
      region: 'us-east-1',
      bucket: 'no-such-bucket',
      prefix: '',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    });
    expect(await errorCode(joinTeam(bucket, null))).toBe('target-missing');
  });

  describe('from a stand-in server', () => {
    let server: Server;
    let status = 200;
    let url = '';
    beforeAll(async () => {
      server = createServer((request, response) => {
        request.resume();
        if (status === 200) {
          response.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
          });
          response.end('<!DOCTYPE html><html><body>Hotel Wi-Fi: please sign in</body></html>');
          return;
        }
        response.writeHead(status, { 'content-type': 'text/plain' });
        response.end('no');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it.each([
      [200, 'captive-portal'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [412, 'precondition-failed'],
      [503, 'server-error'],
    ])('maps HTTP %i to %s for WebDAV and S3', async (code, expected) => {
      status = code;
      const dav = createWebDavStore({ url, username: 'u', password: 'p' });
      expect(await errorCode(dav.get('team.json'))).toBe(expected);
      const bucket = createS3Store({
        endpoint: url,
        region: 'us-east-1',
        bucket: 'b',
        prefix: '',
        accessKeyId: 'k',
        secretAccessKey: 's',
        forcePathStyle: true,
      });
      expect(await errorCode(bucket.get('team.json'))).toBe(expected);
    });

    it('says a closed port is a network failure', async () => {
      const dav = createWebDavStore({
        url: 'http://127.0.0.1:9',
        username: 'u',
        password: 'p',
      });
      expect(await errorCode(dav.get('team.json'))).toBe('network');
    });
  });
});
