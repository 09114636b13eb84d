/** Keys of the on-store layout (docs/sync-format.md §2). */

/** The team file's key. */
export const teamFileKey = 'team.json';

/** Where devices keep their logs and info. */
export const devicesPrefix = 'devices/';

/** The zero-padded 12-digit sequence number of a batch. */
export function formatSeq(seq: number): string {
  return String(seq).padStart(12, '0');
}

/** The key of a device's batch. */
export function batchKey(device: string, seq: number): string {
  return `devices/${device}/log/${formatSeq(seq)}.batch`;
}

/** The prefix of a device's log. */
export function logPrefix(device: string): string {
  return `devices/${device}/log/`;
}

/** The key of a device's info file. */
export function infoKey(device: string): string {
  return `devices/${device}/info.json`;
}

/** The key of an attachment blob by its content hash. */
export function blobKey(hash: string): string {
  return `blobs/${hash.slice(0, 2)}/${hash}`;
}

/** The key of a snapshot made by a device at an HLC. */
export function snapshotKey(device: string, hlc: string): string {
  return `snapshots/${device}/${hlc}.snap`;
}

/** What a key of the layout names, or null for a key the format does not know. */
export type ParsedKey =
  | Readonly<{ kind: 'team' }>
  | Readonly<{ kind: 'batch'; device: string; seq: number }>
  | Readonly<{ kind: 'info'; device: string }>
  | Readonly<{ kind: 'snapshot'; device: string; hlc: string }>
  | Readonly<{ kind: 'blob'; hash: string }>
  | Readonly<{ kind: 'temp' }>;

const batchPattern = /^devices\/([A-Za-z0-9_]{1,64})\/log\/(\d{12})\.batch$/;
const infoPattern = /^devices\/([A-Za-z0-9_]{1,64})\/info\.json$/;
const snapshotPattern = /^snapshots\/([A-Za-z0-9_]{1,64})\/([0-9A-Za-z_-]+)\.snap$/;
const blobPattern = /^blobs\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** Parses a key of the layout. */
export function parseKey(key: string): ParsedKey | null {
  if (key === teamFileKey) return { kind: 'team' };
  const batch = batchPattern.exec(key);
  if (batch !== null) return { kind: 'batch', device: batch[1] ?? '', seq: Number(batch[2]) };
  const info = infoPattern.exec(key);
  if (info !== null) return { kind: 'info', device: info[1] ?? '' };
  const snapshot = snapshotPattern.exec(key);
  if (snapshot !== null)
    return {
      kind: 'snapshot',
      device: snapshot[1] ?? '',
      hlc: snapshot[2] ?? '',
    };
  const blob = blobPattern.exec(key);
  if (blob !== null && blob[2]?.startsWith(blob[1] ?? '') === true) return { kind: 'blob', hash: blob[2] };
  return null;
}

const prefixPatterns = [
  /^$/,
  /^devices\/$/,
  /^devices\/[A-Za-z0-9_]{1,64}\/log\/$/,
  /^snapshots\/$/,
  /^snapshots\/[A-Za-z0-9_]{1,64}\/$/,
  /^blobs\/$/,
  /^blobs\/[0-9a-f]{2}\/$/,
];

/** Whether a listing prefix is one of the layout's folders (or the whole target). */
export function isLayoutPrefix(prefix: string): boolean {
  return prefixPatterns.some((pattern) => pattern.test(prefix));
}
