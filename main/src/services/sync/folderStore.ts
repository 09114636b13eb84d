import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname, join, relative, sep, isAbsolute } from 'node:path';
import {
  assertValidKey,
  assertValidPrefix,
  type BlobEntry,
  type BlobStore,
  type PutResult,
} from '#shared/sync/blobStore';
import { SyncError } from '#shared/sync/syncError';

/** What a folder store needs: its root, and optionally fs and a pause (tests inject faults). */
export type FolderStoreOptions = Readonly<{
  root: string;
  fs?: typeof nodeFs;
  sleep?: (ms: number) => Promise<void>;
  /** Called after the temp file is written and synced, before it is linked into place. */
  beforeCommit?: (tempPath: string) => Promise<void>;
  /** Create the root when it is missing (the own journal); a shared target must already exist. */
  createRoot?: boolean;
}>;

const retryable = new Set(['EPERM', 'EBUSY', 'EAGAIN']);
const tempPrefix = '.kkh-';

const errnoOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

function toSyncError(error: unknown, what: string): SyncError {
  if (error instanceof SyncError) return error;
  const code = errnoOf(error);
  const detail = `${what}: ${typeof code === 'string' ? code : error instanceof Error ? error.message : 'failed'}`;
  if (code === 'EACCES') return new SyncError('forbidden', detail, { cause: error });
  return new SyncError('io-failed', detail, { cause: error });
}

/**
 * A blob store on a local or shared folder (NAS, Windows share). Writes go to a temp file that is
 * synced and then hard-linked into place, which fails if the key exists — create-only without
 * locks, and a crash never leaves a half-written object under a key. Every path is confined to the
 * root: keys are checked, and symlinks that lead outside are refused.
 */
export function createFolderStore(options: FolderStoreOptions): BlobStore {
  const fs = options.fs ?? nodeFs;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function withRetry<T>(what: string, action: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await action();
      } catch (error) {
        // Antivirus scanners and SMB oplocks hold files briefly on Windows shares.
        if (attempt < 5 && retryable.has(String(errnoOf(error)))) {
          await sleep(20 * 2 ** attempt);
          continue;
        }
        throw toSyncError(error, what);
      }
    }
  }

  // Resolved on every call: a share that goes away must say so, not fail deep inside a write.
  async function rootPath(): Promise<string> {
    try {
      if (options.createRoot === true) await fs.mkdir(options.root, { recursive: true });
      const real = await fs.realpath(options.root);
      if (!(await fs.stat(real)).isDirectory())
        throw new SyncError('target-missing', `${options.root} is not a folder`);
      return real;
    } catch (error) {
      if (error instanceof SyncError) throw error;
      if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') {
        throw new SyncError('target-missing', `the folder ${options.root} does not exist or is not reachable`);
      }
      throw toSyncError(error, 'open root');
    }
  }

  const inside = (root: string, path: string) => {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };

  /** The path of a key, after checking that no symlink on the way leads out of the root. */
  async function pathOf(key: string): Promise<string> {
    assertValidKey(key);
    const root = await rootPath();
    const path = join(root, ...key.split('/'));
    let existing = dirname(path);
    for (;;) {
      try {
        const real = await fs.realpath(existing);
        if (!inside(root, real)) throw new SyncError('outside-root', `${key} leads outside the sync folder`);
        break;
      } catch (error) {
        if (error instanceof SyncError) throw error;
        if (errnoOf(error) !== 'ENOENT' || existing === root) throw toSyncError(error, key);
        existing = dirname(existing);
      }
    }
    return path;
  }

  async function walk(root: string, directory: string, out: BlobEntry[]): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(directory, { withFileTypes: true });
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return;
      throw toSyncError(error, 'list');
    }
    for (const entry of entries) {
      // Symlinks are never followed (no escape); temp files of unfinished writes are not objects.
      if (entry.isSymbolicLink() || entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) await walk(root, path, out);
      else if (entry.isFile()) {
        const key = relative(root, path).split(sep).join('/');
        out.push({ key, size: (await fs.stat(path)).size });
      }
    }
  }

  return {
    async list(prefix) {
      assertValidPrefix(prefix);
      const root = await rootPath();
      const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
      const out: BlobEntry[] = [];
      await walk(root, folder === '' ? root : join(root, ...folder.split('/')), out);
      return out
        .filter((entry) => entry.key.startsWith(prefix))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },

    async get(key) {
      const path = await pathOf(key);
      return withRetry(`read ${key}`, async () => {
        try {
          const stat = await fs.lstat(path);
          if (!stat.isFile()) return null;
          return new Uint8Array(await fs.readFile(path));
        } catch (error) {
          if (errnoOf(error) === 'ENOENT') return null;
          throw error;
        }
      });
    },

    async putIfAbsent(key, bytes): Promise<PutResult> {
      const path = await pathOf(key);
      const directory = dirname(path);
      await withRetry(`mkdir ${key}`, () => fs.mkdir(directory, { recursive: true }));
      await pathOf(key);
      const temp = join(directory, `${tempPrefix}${randomBytes(8).toString('hex')}.tmp`);
      await withRetry(`write ${key}`, async () => {
        const handle = await fs.open(temp, 'wx');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
      });
      try {
        await options.beforeCommit?.(temp);
        return await withRetry(`commit ${key}`, async () => {
          try {
            await fs.link(temp, path);
          } catch (error) {
            if (errnoOf(error) === 'EEXIST') return 'exists';
            // Some shares cannot hard-link: fall back to check-then-rename, still never a partial file.
            if (!['ENOTSUP', 'EXDEV', 'ENOSYS', 'EOPNOTSUPP'].includes(String(errnoOf(error)))) throw error;
            const there = await fs.lstat(path).then(
              () => true,
              () => false,
            );
            if (there) return 'exists';
            await fs.rename(temp, path);
          }
          await syncDirectory(fs, directory);
          return 'created';
        });
      } finally {
        await fs.rm(temp, { force: true });
      }
    },

    async delete(key) {
      const path = await pathOf(key);
      await withRetry(`delete ${key}`, () => fs.rm(path, { force: true }));
    },
  };
}

/** Makes a new directory entry durable; not every platform can open a directory, so best effort. */
async function syncDirectory(fs: typeof nodeFs, directory: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch {
    // Windows and some network file systems refuse to open or sync a directory.
  } finally {
    await handle?.close();
  }
}
