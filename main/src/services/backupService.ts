import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HostFailure } from '#shared/contract/envelope';
import { checkSnapshot, type DatabaseSnapshot, type SnapshotReport } from '#shared/domain/snapshot';
import type { AttachmentStore } from './attachmentStore.ts';
import { BackupFileError, decodeBackup, encodeBackup } from './backupFile.ts';

/** What the backup service needs: where things live, the clock, the app version and the attachment bytes. */
export type BackupDeps = Readonly<{
  /** `<userData>/backups`, for the automatic daily backups. */
  autoDirectory: string;
  attachments: AttachmentStore;
  appVersion: string;
  now: () => Date;
  /** How many automatic backups to keep (7). */
  keep?: number;
}>;

/** Backup and restore of the whole local database plus attachment bytes. */
export type BackupService = Readonly<{
  /** Writes a backup of a snapshot (UTF-8 JSON) to a path; returns the size and attachment count. */
  exportTo(path: string, snapshotJson: Uint8Array): Promise<{ bytes: number; attachments: number }>;
  /** Reads and checks a backup completely, then stores its attachments; returns the snapshot to put back. */
  restoreFrom(
    path: string,
  ): Promise<{ snapshotJson: Uint8Array<ArrayBuffer>; report: SnapshotReport; attachments: number }>;
  /** Whether today's automatic backup is still to be written, and the newest one. */
  autoStatus(): Promise<{ due: boolean; latest: string | null }>;
  /** Writes today's automatic backup unless one exists, then keeps only the newest ones. */
  autoBackup(snapshotJson: Uint8Array): Promise<{ written: boolean; path: string | null }>;
}>;

const autoPattern = /^kakehashi-(\d{8})-\d{6}\.kkbackup$/;

function stamp(date: Date): { day: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`,
    time: `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`,
  };
}

function parseSnapshot(json: Uint8Array): DatabaseSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'));
  } catch {
    throw new HostFailure('invalid-input', 'the snapshot is not JSON');
  }
  const check = checkSnapshot(value);
  if (!check.ok)
    throw new HostFailure('invalid-input', `the snapshot holds invalid records: ${check.problems.join(' / ')}`);
  return value as DatabaseSnapshot;
}

/** Writes a file through a synced temp file beside it and a rename, so no half-written file is left. */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.kakehashi-${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new HostFailure(
      'io-failed',
      `could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Creates the backup service. */
export function createBackupService(deps: BackupDeps): BackupService {
  const keep = deps.keep ?? 7;

  const encode = async (snapshotJson: Uint8Array) => {
    const snapshot = parseSnapshot(snapshotJson);
    const hashes = new Set(snapshot.tables.attachments.map((row) => (row as { sha256: string }).sha256));
    const attachments = [];
    for (const sha256 of hashes) {
      // Metadata whose bytes never arrived (for example still on another device) is backed up without them.
      if (await deps.attachments.has(sha256)) attachments.push({ sha256, bytes: await deps.attachments.get(sha256) });
    }
    const file = await encodeBackup({
      createdAt: deps.now().toISOString(),
      appVersion: deps.appVersion,
      snapshot,
      attachments,
    });
    return { file, attachments: attachments.length };
  };

  const autoFiles = async () => {
    try {
      return (await readdir(deps.autoDirectory)).filter((name) => autoPattern.test(name)).sort();
    } catch {
      return [];
    }
  };

  const autoStatus = async () => {
    const files = await autoFiles();
    const latest = files.at(-1) ?? null;
    const today = stamp(deps.now()).day;
    return {
      due: latest === null || autoPattern.exec(latest)?.[1] !== today,
      latest: latest === null ? null : join(deps.autoDirectory, latest),
    };
  };

  return {
    autoStatus,
    async exportTo(path, snapshotJson) {
      const { file, attachments } = await encode(snapshotJson);
      await writeFileAtomically(path, file);
      return { bytes: file.byteLength, attachments };
    },
    async restoreFrom(path) {
      let file: Uint8Array;
      try {
        file = new Uint8Array(await readFile(path));
      } catch (error) {
        throw new HostFailure(
          'io-failed',
          `could not read ${path}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      let decoded;
      try {
        decoded = await decodeBackup(file);
      } catch (error) {
        if (error instanceof BackupFileError) throw new HostFailure('invalid-file', error.message);
        throw error;
      }
      // Content-addressed and immutable: adding these bytes changes nothing that was there before.
      for (const attachment of decoded.attachments)
        await deps.attachments.putVerified(attachment.sha256, attachment.bytes);
      return {
        snapshotJson: new Uint8Array(Buffer.from(JSON.stringify(decoded.snapshot), 'utf8')),
        report: decoded.report,
        attachments: decoded.attachments.length,
      };
    },
    async autoBackup(snapshotJson) {
      if (!(await autoStatus()).due) return { written: false, path: null };
      const { day, time } = stamp(deps.now());
      const path = join(deps.autoDirectory, `kakehashi-${day}-${time}.kkbackup`);
      const { file } = await encode(snapshotJson);
      await writeFileAtomically(path, file);
      const files = await autoFiles();
      for (const old of files.slice(0, Math.max(0, files.length - keep)))
        await rm(join(deps.autoDirectory, old), { force: true });
      return { written: true, path };
    },
  };
}
