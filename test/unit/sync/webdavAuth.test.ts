import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { utf8 } from '#shared/sync/bytes';
import { createWebDavStore } from '../../../main/src/services/sync/webdavStore.ts';
import { apacheMissing, startApacheDav } from '../../servers/apacheDav.ts';

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A WebDAV stand-in that serves team.json only to the expected Basic credentials (UTF-8). */
async function guardedServer(username: string, password: string): Promise<{ url: string; seen: string[] }> {
  const expected = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
  const seen: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    seen.push(request.headers.authorization ?? '');
    if (request.headers.authorization !== expected) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="kakehashi", charset="UTF-8"' }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"format":"kakehashi-sync"}');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/dav`, seen };
}

describe('WebDAV sign-in with a Japanese user name', () => {
  it('sends the user name and password as UTF-8 Basic auth', async () => {
    const server = await guardedServer('田中花子', 'パスワード-123');
    const store = createWebDavStore({ url: server.url, username: '田中花子', password: 'パスワード-123' });
    expect(await store.get('team.json')).toEqual(utf8('{"format":"kakehashi-sync"}'));
    expect(server.seen).toHaveLength(1);
  });

  it('sends nothing without a password, as before', async () => {
    const server = await guardedServer('田中', 'x');
    const store = createWebDavStore({ url: server.url, username: '田中', password: '' });
    await expect(store.get('team.json')).rejects.toMatchObject({ code: 'unauthorized' });
    expect(server.seen).toEqual(['']);
  });

  it('signs in to Apache mod_dav as 田中', async () => {
    // Fails (never skips) with the one line that fixes it.
    const missing = apacheMissing();
    if (missing !== null) throw new Error(missing);
    const apache = await startApacheDav({ username: '田中' });
    try {
      const store = createWebDavStore({ url: apache.url, username: apache.username, password: apache.password });
      expect(await store.putIfAbsent('team.json', utf8('{}'))).toBe('created');
      expect(await store.get('team.json')).toEqual(utf8('{}'));
    } finally {
      await apache.stop();
    }
  });
});
