import { AuthType, createClient, type FileStat, type ResponseDataDetailed, type WebDAVClient } from 'webdav';
import {
  assertValidKey,
  assertValidPrefix,
  type BlobEntry,
  type BlobStore,
  type PutResult,
} from '#shared/sync/blobStore';
import { equalBytes } from '#shared/sync/bytes';
import { SyncError } from '#shared/sync/syncError';
import { httpSyncError, looksLikeHtml } from './httpErrors.ts';
import { defaultListingLimits, startListing, type ListingBudget, type ListingLimits } from './listingLimits.ts';

/** Where a WebDAV target is and how to sign in (the password comes from the secret box). */
export type WebDavStoreOptions = Readonly<{
  url: string;
  username: string;
  password: string;
}>;

/**
 * Basic auth with the user name and password as UTF-8 (RFC 7617 `charset="UTF-8"`, what Apache,
 * nginx and Nextcloud compare against): the library's own encoder accepts Latin-1 only and throws
 * an untyped error for a name like 田中. As the library does, nothing is sent without both parts.
 */
function basicAuthHeader(username: string, password: string): Record<string, string> {
  if (username === '' || password === '') return {};
  return { Authorization: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}` };
}

const statusOf = (error: unknown) => {
  const status = (error as { status?: unknown; response?: { status?: unknown } } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

/**
 * A blob store on a WebDAV collection (NAS, Nextcloud, Apache mod_dav). Create-only writes use
 * `If-None-Match: *`; because some servers ignore it, the object is looked for before and read
 * back after each write, and a write that did not land as ours reports `exists`.
 */
export function createWebDavStore(
  options: WebDavStoreOptions,
  limits: ListingLimits = defaultListingLimits,
): BlobStore {
  const client: WebDAVClient = createClient(options.url, {
    authType: AuthType.None,
    headers: basicAuthHeader(options.username, options.password),
  });
  const made = new Set<string>(['']);

  const pathOf = (key: string) => `/${key}`;

  async function call<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw httpSyncError(error, what, statusOf(error));
    }
  }

  async function read(key: string): Promise<Uint8Array | null> {
    try {
      const result = (await client.getFileContents(pathOf(key), {
        format: 'binary',
        details: true,
      })) as ResponseDataDetailed<Buffer>;
      const bytes = new Uint8Array(result.data);
      const contentType = result.headers['content-type'];
      if (looksLikeHtml(contentType, key.endsWith('.json') || key.endsWith('.batch') ? bytes : undefined)) {
        throw new SyncError('captive-portal', `${key}: the server answered with a web page`);
      }
      return bytes;
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw httpSyncError(error, `GET ${key}`, statusOf(error));
    }
  }

  async function ensureFolder(folder: string): Promise<void> {
    if (made.has(folder)) return;
    const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
    await ensureFolder(parent);
    await call(`MKCOL ${folder}`, async () => {
      try {
        await client.createDirectory(pathOf(folder));
      } catch (error) {
        // 405: the collection exists already.
        if (statusOf(error) !== 405) throw error;
      }
    });
    made.add(folder);
  }

  async function walk(folder: string, out: BlobEntry[], budget: ListingBudget): Promise<void> {
    let items: FileStat[];
    budget.request();
    try {
      items = await client.getDirectoryContents(folder === '' ? '/' : pathOf(folder), { signal: budget.signal });
    } catch (error) {
      const failure = budget.failure(error);
      if (failure instanceof SyncError) throw failure;
      if (statusOf(error) === 404 && folder !== '') return;
      if (statusOf(error) === 404) throw new SyncError('target-missing', `no WebDAV folder at ${options.url}`);
      throw httpSyncError(error, `PROPFIND ${folder}`, statusOf(error) ?? 200);
    }
    budget.entries(items.length);
    const depth = folder === '' ? 1 : folder.split('/').length + 1;
    for (const item of items) {
      const name = item.basename;
      if (name.startsWith('.')) continue;
      const key = folder === '' ? name : `${folder}/${name}`;
      // A folder deeper than the layout's deepest holds no key of the format: not walked.
      if (item.type === 'directory') {
        if (depth <= limits.maxDepth) await walk(key, out, budget);
      } else out.push({ key, size: item.size });
    }
  }

  return {
    async list(prefix) {
      assertValidPrefix(prefix);
      const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
      const out: BlobEntry[] = [];
      const budget = startListing(limits, prefix);
      try {
        await walk(folder, out, budget);
      } finally {
        budget.done();
      }
      return out
        .filter((entry) => entry.key.startsWith(prefix))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },

    get(key) {
      assertValidKey(key);
      return read(key);
    },

    async putIfAbsent(key, bytes): Promise<PutResult> {
      assertValidKey(key);
      if ((await read(key)) !== null) return 'exists';
      await ensureFolder(key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '');
      const created = await call(`PUT ${key}`, () =>
        client.putFileContents(pathOf(key), Buffer.from(bytes), {
          overwrite: false,
        }),
      );
      if (!created) return 'exists';
      const there = await read(key);
      return there !== null && equalBytes(there, bytes) ? 'created' : 'exists';
    },

    async delete(key) {
      assertValidKey(key);
      try {
        await client.deleteFile(pathOf(key));
      } catch (error) {
        if (statusOf(error) === 404) return;
        throw httpSyncError(error, `DELETE ${key}`, statusOf(error));
      }
    },
  };
}
