import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { z } from 'zod';
import { checkSnapshot, type DatabaseSnapshot, type SnapshotReport } from '#shared/domain/snapshot';

const gzipAsync = promisify(gzip);
const gunzipAsync = (input: Buffer, maxOutputLength: number) =>
  new Promise<Buffer>((resolve, reject) =>
    gunzip(input, { maxOutputLength }, (error, result) => (error === null ? resolve(result) : reject(error))),
  );

/** The first 16 bytes of every backup file. */
export const backupMagic = Buffer.from('KAKEHASHI-BACKUP', 'ascii');
/** The backup file format this build writes and the newest it reads. */
export const backupFormatVersion = 1;
const headerLength = backupMagic.length + 4 + 32;

/** The decompressed payload is held as one string for JSON.parse, so never more than V8's longest string (512 MiB). */
export const maxBackupPayloadBytes = 512 * 1024 * 1024;
/** Any backup may decompress to this much, whatever its size on disk. */
export const minBackupPayloadCap = 64 * 1024 * 1024;
/**
 * Beyond that, at most this many times its compressed size: real backups expand 1.3× (attachments,
 * already compressed, in base64) to ~15× (records); a gzip bomb expands up to 1032×.
 */
export const maxBackupExpansion = 64;

/** How far a payload of `compressedBytes` may decompress (docs/data-model.md, Backup and restore). */
export function backupPayloadCap(compressedBytes: number): number {
  return Math.min(maxBackupPayloadBytes, Math.max(minBackupPayloadCap, compressedBytes * maxBackupExpansion));
}

/** What a backup holds besides the database: the bytes of every attachment. */
export type BackupContents = Readonly<{
  createdAt: string;
  appVersion: string;
  snapshot: DatabaseSnapshot;
  attachments: readonly Readonly<{ sha256: string; bytes: Uint8Array }>[];
}>;

/** Why a file cannot be restored; the message says it in plain words. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

const bodySchema = z.object({
  createdAt: z.string(),
  appVersion: z.string(),
  snapshot: z.unknown(),
  attachments: z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), data: z.base64() })),
});

/**
 * Encodes a backup: magic, format version (u32 BE), SHA-256 of the payload, then the payload,
 * gzip(JSON). One file, so a user can copy it anywhere; checksummed, so damage is always noticed.
 */
export async function encodeBackup(contents: BackupContents): Promise<Uint8Array> {
  const body = {
    createdAt: contents.createdAt,
    appVersion: contents.appVersion,
    snapshot: contents.snapshot,
    attachments: contents.attachments.map((a) => ({ sha256: a.sha256, data: Buffer.from(a.bytes).toString('base64') })),
  };
  const payload = await gzipAsync(Buffer.from(JSON.stringify(body), 'utf8'));
  const header = Buffer.alloc(headerLength);
  backupMagic.copy(header, 0);
  header.writeUInt32BE(backupFormatVersion, backupMagic.length);
  createHash('sha256')
    .update(payload)
    .digest()
    .copy(header, backupMagic.length + 4);
  return new Uint8Array(Buffer.concat([header, payload]));
}

/**
 * A decoded, fully checked backup and its counts per table; `damaged` names the attachments whose
 * bytes in the file do not match their hash (left out of `attachments`, never restored).
 */
export type DecodedBackup = BackupContents & Readonly<{ report: SnapshotReport; damaged: readonly string[] }>;

/**
 * Decodes and checks a backup completely — format, version, checksum, decompressed size, every
 * record against its schema, every attachment against its hash — before anything may be restored from it.
 */
export async function decodeBackup(file: Uint8Array): Promise<DecodedBackup> {
  const buffer = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buffer.length < headerLength || !buffer.subarray(0, backupMagic.length).equals(backupMagic)) {
    throw new BackupFileError('this file is not a Kakehashi backup');
  }
  const version = buffer.readUInt32BE(backupMagic.length);
  if (version > backupFormatVersion)
    throw new BackupFileError(`this backup was written by a newer version of the app (format ${version})`);
  const expected = buffer.subarray(backupMagic.length + 4, headerLength);
  const payload = buffer.subarray(headerLength);
  if (!createHash('sha256').update(payload).digest().equals(expected)) {
    throw new BackupFileError('the backup is damaged or incomplete (checksum mismatch)');
  }
  const cap = backupPayloadCap(payload.length);
  let json: Buffer;
  try {
    // Stops at the cap instead of holding whatever a hostile file expands to.
    json = await gunzipAsync(payload, cap);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new BackupFileError(
        `the backup expands to more than ${cap} bytes, more than a backup of its size can hold (a damaged or hostile file)`,
      );
    throw new BackupFileError('the backup cannot be read');
  }
  let body: z.infer<typeof bodySchema>;
  try {
    body = bodySchema.parse(JSON.parse(json.toString('utf8')));
  } catch {
    throw new BackupFileError('the backup cannot be read');
  }
  const check = checkSnapshot(body.snapshot);
  if (!check.ok) throw new BackupFileError(`the backup holds invalid records: ${check.problems.join(' / ')}`);
  // An attachment damaged before it was backed up (older versions copied damaged bytes) costs that
  // attachment only, not the whole backup: its record is restored without bytes, like one never synced.
  const attachments: { sha256: string; bytes: Uint8Array }[] = [];
  const damaged: string[] = [];
  for (const a of body.attachments) {
    const bytes = new Uint8Array(Buffer.from(a.data, 'base64'));
    if (createHash('sha256').update(bytes).digest('hex') === a.sha256) attachments.push({ sha256: a.sha256, bytes });
    else damaged.push(a.sha256);
  }
  return {
    createdAt: body.createdAt,
    appVersion: body.appVersion,
    snapshot: body.snapshot as DatabaseSnapshot,
    attachments,
    report: check.report,
    damaged,
  };
}
