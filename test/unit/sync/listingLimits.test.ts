import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncError } from '#shared/sync/syncError';
import { defaultListingLimits, type ListingLimits } from '../../../main/src/services/sync/listingLimits.ts';
import { createS3Store } from '../../../main/src/services/sync/s3Store.ts';
import { createWebDavStore } from '../../../main/src/services/sync/webdavStore.ts';

/**
 * Hostile servers on 127.0.0.1. Each stops by itself: past `maxRequests` it answers 503 and a
 * request it holds is answered 503 after `holdMillis`, so a store without limits fails (with the
 * wrong code) instead of hanging the test.
 */
type Hostile = Readonly<{ url: string; requests: () => number; paths: string[]; stop: () => Promise<void> }>;

let running: Hostile[] = [];
afterEach(async () => {
  await Promise.all(running.map((server) => server.stop()));
  running = [];
});

async function hostile(
  answer: (request: IncomingMessage, response: ServerResponse, path: string) => void,
  maxRequests = 2_000,
  holdMillis = 10_000,
): Promise<Hostile> {
  let count = 0;
  const paths: string[] = [];
  const held = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    request.resume();
    count += 1;
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    paths.push(path);
    if (count > maxRequests) {
      response.writeHead(503).end();
      return;
    }
    held.add(response);
    response.on('close', () => held.delete(response));
    setTimeout(() => {
      if (!response.headersSent) response.writeHead(503).end();
    }, holdMillis).unref();
    answer(request, response, path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const result: Hostile = {
    url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`,
    requests: () => count,
    paths,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const response of held) if (!response.headersSent) response.writeHead(503).end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  running.push(result);
  return result;
}

async function errorOf(promise: Promise<unknown>): Promise<SyncError | string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof SyncError ? error : `unexpected: ${String(error)}`;
  }
}

const limits = (overrides: Partial<ListingLimits>): ListingLimits => ({ ...defaultListingLimits, ...overrides });

/** A PROPFIND answer: the folder itself, then `folders` subfolders and `files` files. */
function multistatus(path: string, folders: readonly string[], files: readonly string[]): string {
  const base = path.endsWith('/') ? path : `${path}/`;
  const entry = (href: string, folder: boolean) =>
    `<d:response><d:href>${href}</d:href><d:propstat><d:prop>` +
    (folder
      ? '<d:resourcetype><d:collection/></d:resourcetype>'
      : '<d:resourcetype/><d:getcontentlength>1</d:getcontentlength>') +
    `<d:getlastmodified>Tue, 01 Dec 2026 00:00:00 GMT</d:getlastmodified></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`;
  return (
    `<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:">${entry(base, true)}` +
    folders.map((name) => entry(`${base}${name}/`, true)).join('') +
    files.map((name) => entry(`${base}${name}`, false)).join('') +
    '</d:multistatus>'
  );
}

const dav = (url: string, overrides: Partial<ListingLimits> = {}) =>
  createWebDavStore({ url, username: 'u', password: 'p' }, limits(overrides));

describe('WebDAV listing limits', () => {
  it('does not walk below the layout’s deepest folder when every folder holds another', async () => {
    const server = await hostile((_request, response, path) => {
      response.writeHead(207, { 'content-type': 'application/xml; charset=utf-8' });
      response.end(multistatus(path, ['deeper'], ['000000000001.batch']));
    }, 50);
    const entries = await dav(server.url).list('devices/');
    expect(entries.map((entry) => entry.key)).toEqual([
      'devices/000000000001.batch',
      'devices/deeper/000000000001.batch',
      'devices/deeper/deeper/000000000001.batch',
    ]);
    expect(Math.max(...server.paths.map((path) => path.split('/').filter(Boolean).length))).toBe(3);
  });

  it('stops with listing-too-large when folders never end', async () => {
    const server = await hostile((_request, response, path) => {
      response.writeHead(207, { 'content-type': 'application/xml; charset=utf-8' });
      response.end(
        multistatus(
          path,
          Array.from({ length: 100 }, (_, index) => `d${index}`),
          [],
        ),
      );
    });
    const error = await errorOf(dav(server.url, { maxEntries: 1_000 }).list(''));
    expect(error).toMatchObject({
      code: 'listing-too-large',
      message: expect.stringContaining('1000 entries') as string,
    });
    expect(server.requests()).toBeLessThanOrEqual(11);
  });

  it('stops with listing-too-large when the requests never end', async () => {
    const server = await hostile((_request, response, path) => {
      response.writeHead(207, { 'content-type': 'application/xml; charset=utf-8' });
      response.end(multistatus(path, ['a', 'b', 'c'], []));
    });
    const error = await errorOf(dav(server.url, { maxRequests: 20 }).list(''));
    expect(error).toMatchObject({
      code: 'listing-too-large',
      message: expect.stringContaining('20 requests') as string,
    });
    expect(server.requests()).toBe(20);
  });

  it('stops with listing-timed-out when the server never answers', async () => {
    const server = await hostile(() => undefined);
    const error = await errorOf(dav(server.url, { maxMillis: 300 }).list('devices/'));
    expect(error).toMatchObject({ code: 'listing-timed-out', message: expect.stringContaining('300 ms') as string });
  });
});

/** A ListObjectsV2 answer that is always truncated, with `keys` keys and a new continuation token. */
function endlessPage(page: number, keys: number): string {
  const contents = Array.from(
    { length: keys },
    (_, index) =>
      `<Contents><Key>blobs/aa/${String(page * keys + index).padStart(64, 'a')}</Key><Size>1</Size></Contents>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
    `<Name>b</Name><Prefix>blobs/</Prefix><KeyCount>${keys}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>` +
    `<NextContinuationToken>page${page + 1}</NextContinuationToken>${contents}</ListBucketResult>`
  );
}

const s3 = (url: string, overrides: Partial<ListingLimits> = {}) =>
  createS3Store(
    {
      endpoint: url,
      region: 'us-east-1',
      bucket: 'b',
      prefix: '',
      accessKeyId: 'k',
      secretAccessKey: 's',
      forcePathStyle: true,
    },
    limits(overrides),
  );

describe('S3 listing limits', () => {
  const truncating = (keys: number) =>
    hostile((request, response) => {
      const token = new URL(request.url ?? '/', 'http://x').searchParams.get('continuation-token');
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.end(endlessPage(Number((token ?? 'page0').slice(4)), keys));
    });

  it('stops with listing-too-large when every page says there is more', async () => {
    const server = await truncating(1000);
    const error = await errorOf(s3(server.url, { maxEntries: 5_000 }).list('blobs/'));
    expect(error).toMatchObject({
      code: 'listing-too-large',
      message: expect.stringContaining('5000 entries') as string,
    });
    expect(server.requests()).toBe(6);
  });

  it('stops with listing-too-large when empty pages never end', async () => {
    const server = await truncating(0);
    const error = await errorOf(s3(server.url, { maxRequests: 30 }).list('blobs/'));
    expect(error).toMatchObject({
      code: 'listing-too-large',
      message: expect.stringContaining('30 requests') as string,
    });
    expect(server.requests()).toBe(30);
  });

  it('stops with listing-timed-out when the server never answers', async () => {
    const server = await hostile(() => undefined);
    const error = await errorOf(s3(server.url, { maxMillis: 300 }).list('blobs/'));
    expect(error).toMatchObject({ code: 'listing-timed-out', message: expect.stringContaining('300 ms') as string });
  });
});
