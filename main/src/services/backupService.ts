import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HostFailure } from '#shared/contract/envelope';
import { checkSnapshot, type DatabaseSnapshot, type SnapshotReport } from '#shared/domain/snapshot';
import type { AttachmentStore } from './attachmentStore.ts';
import { BackupFileError, decodeBackup, encodeBackup } from './backupFile.ts';

/** The file operations the backup service uses (node:fs/promises; a test may pass one that misbehaves). */
export type BackupFs = Pick<typeof nodeFs, 'mkdir' | 'open' | 'readdir' | 'readFile' | 'rename' | 'rm'>;

/** What the backup service needs: where things live, the clock, the app version and the attachment bytes. */
export type BackupDeps = Readonly<{
  /** `<userData>/backups`, for the automatic daily backups. */
  autoDirectory: string;
  attachments: AttachmentStore;
  appVersion: string;
  now: () => Date;
  /** How many automatic backups to keep (7). */
  keep?: number;
  /** node:fs/promises unless a test passes another. */
  fs?: BackupFs;
}>;

/** An attachment whose bytes were damaged and so left out: its file name as the user knows it, and its hash. */
export type DamagedAttachment = Readonly<{ name: string; sha256: string }>;

/** Backup and restore of the whole local database plus attachment bytes. */
export type BackupService = Readonly<{
  /**
   * Writes a backup of a snapshot (UTF-8 JSON) to a path, read back and verified before it replaces
   * anything there; returns the size, the attachment count and the damaged attachments left out.
   */
  exportTo(
    path: string,
    snapshotJson: Uint8Array,
  ): Promise<{ bytes: number; attachments: number; damaged: readonly DamagedAttachment[] }>;
  /** Reads and checks a backup completely, then stores its attachments; returns the snapshot to put back. */
  restoreFrom(path: string): Promise<{
    snapshotJson: Uint8Array<ArrayBuffer>;
    report: SnapshotReport;
    attachments: number;
    damaged: readonly DamagedAttachment[];
  }>;
  /** Whether today's automatic backup is still to be written, and the newest one. */
  autoStatus(): Promise<{ due: boolean; latest: string | null }>;
  /** Writes today's automatic backup unless one exists, then keeps only the newest ones. */
  autoBackup(
    snapshotJson: Uint8Array,
  ): Promise<{ written: boolean; path: string | null; damaged: readonly DamagedAttachment[] }>;
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

type AttachmentRow = Readonly<{ sha256: string; name: string }>;

/** The attachment rows of these hashes, by name (one entry per distinct name and hash). */
function namesOf(snapshot: DatabaseSnapshot, hashes: ReadonlySet<string>): DamagedAttachment[] {
  const seen = new Set<string>();
  const out: DamagedAttachment[] = [];
  for (const row of snapshot.tables.attachments as readonly AttachmentRow[]) {
    const id = `${row.sha256}/${row.name}`;
    if (!hashes.has(row.sha256) || seen.has(id)) continue;
    seen.add(id);
    out.push({ name: row.name, sha256: row.sha256 });
  }
  return out;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the backup service. */
export function createBackupService(deps: BackupDeps): BackupService {
  const keep = deps.keep ?? 7;
  const fs = deps.fs ?? nodeFs;

  const encode = async (snapshotJson: Uint8Array) => {
    const snapshot = parseSnapshot(snapshotJson);
    const hashes = new Set(snapshot.tables.attachments.map((row) => (row as AttachmentRow).sha256));
    const setAside = await deps.attachments.damaged();
    const attachments = [];
    const damaged = new Set<string>();
    for (const sha256 of hashes) {
      // Metadata whose bytes never arrived (for example still on another device) is backed up without them.
      if (!(await deps.attachments.has(sha256))) {
        if (setAside.has(sha256)) damaged.add(sha256);
        continue;
      }
      try {
        attachments.push({ sha256, bytes: await deps.attachments.get(sha256) });
      } catch (error) {
        // Damaged bytes are left out and named, never copied into a backup that could not be restored.
        if (error instanceof HostFailure && error.code === 'invalid-file') damaged.add(sha256);
        else throw error;
      }
    }
    const file = await encodeBackup({
      createdAt: deps.now().toISOString(),
      appVersion: deps.appVersion,
      snapshot,
      attachments,
    });
    return { file, attachments: attachments.length, damaged: namesOf(snapshot, damaged) };
  };

  /** Checks that what is on disk is the file meant and that it restores, with every attachment it should hold. */
  const verify = async (written: Uint8Array, meant: Uint8Array, attachments: number) => {
    if (!Buffer.from(written).equals(Buffer.from(meant))) return 'the bytes read back differ from those written';
    try {
      const decoded = await decodeBackup(written);
      if (decoded.attachments.length !== attachments || decoded.damaged.length > 0)
        return 'it does not hold the attachments it should';
      return null;
    } catch (error) {
      return messageOf(error);
    }
  };

  /** Temp file, fsync, read back and verify, then rename: a bad write never replaces a file at `path`. */
  const writeVerified = async (path: string, file: Uint8Array, attachments: number) => {
    await fs.mkdir(dirname(path), { recursive: true });
    const temp = join(dirname(path), `.kakehashi-${randomUUID()}.tmp`);
    let problem: string | null;
    try {
      const handle = await fs.open(temp, 'w');
      try {
        await handle.writeFile(file);
        await handle.sync();
      } finally {
        await handle.close();
      }
      problem = await verify(new Uint8Array(await fs.readFile(temp)), file, attachments);
      if (problem === null) await fs.rename(temp, path);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw new HostFailure('io-failed', `could not write ${path}: ${messageOf(error)}`);
    }
    if (problem !== null) {
      await fs.rm(temp, { force: true });
      throw new HostFailure(
        'io-failed',
        `the backup written to ${path} did not read back intact (${problem}); nothing there was replaced. Check the disk and try again.`,
      );
    }
  };

  const autoFiles = async () => {
    try {
      return (await fs.readdir(deps.autoDirectory)).filter((name) => autoPattern.test(name)).sort();
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
      const { file, attachments, damaged } = await encode(snapshotJson);
      await writeVerified(path, file, attachments);
      return { bytes: file.byteLength, attachments, damaged };
    },
    async restoreFrom(path) {
      let file: Uint8Array;
      try {
        file = new Uint8Array(await fs.readFile(path));
      } catch (error) {
        throw new HostFailure('io-failed', `could not read ${path}: ${messageOf(error)}`);
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
        damaged: namesOf(decoded.snapshot, new Set(decoded.damaged)),
      };
    },
    async autoBackup(snapshotJson) {
      if (!(await autoStatus()).due) return { written: false, path: null, damaged: [] };
      const { day, time } = stamp(deps.now());
      const name = `kakehashi-${day}-${time}.kkbackup`;
      const path = join(deps.autoDirectory, name);
      const { file, attachments, damaged } = await encode(snapshotJson);
      // Throws when the new backup does not verify: then no older backup is removed either.
      await writeVerified(path, file, attachments);
      // The one just written verified, so it stays even when a wrong clock sorts it among the oldest.
      const files = (await autoFiles()).filter((other) => other !== name);
      for (const old of files.slice(0, Math.max(0, files.length + 1 - keep)))
        await fs.rm(join(deps.autoDirectory, old), { force: true });
      return { written: true, path, damaged };
    },
  };
}
