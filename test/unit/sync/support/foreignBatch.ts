import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * Batches and team files made by hand from docs/sync-format.md, without the app's encoder: a peer
 * written by someone else (or a buggy or hostile one), so a test can disagree with the code.
 */

/** One change as a foreign peer writes it. */
export type ForeignChange = { table: string; id: string; fields: Record<string, unknown>; hlc: string };

/** An HLC string (`<16-digit ms>-<5-digit counter>-<device>`), formatted here by hand. */
export function foreignHlc(ms: number, counter: number, device: string): string {
  return `${String(ms).padStart(16, '0')}-${String(counter).padStart(5, '0')}-${device}`;
}

/** The key of a batch: `devices/<dev>/log/<seq12>.batch`. */
export function foreignBatchKey(device: string, seq: number): string {
  return `devices/${device}/log/${String(seq).padStart(12, '0')}.batch`;
}

/** Hex SHA-256 of a whole file (a batch's hash, the next batch's `prev`). */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a foreign batch says; header fields left out are computed from the changes as §4 says. */
export type ForeignBatch = {
  team: string;
  device: string;
  seq: number;
  prev: string | null;
  changes: ForeignChange[];
  /** Overrides of header fields (a lying header). */
  header?: Record<string, unknown>;
  appVersion?: string;
};

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A plain (mode 0) batch: `KKHB`, version 1, mode 0, header length (u32 BE), header JSON, gzip of
 * the body JSON, SHA-256 of everything before the checksum.
 */
export function foreignBatch(batch: ForeignBatch): Uint8Array {
  // Zero-padded ms and counter sort as strings; same-device HLCs in a test differ there.
  const clocks = batch.changes.map((change) => change.hlc).sort(order);
  const header = {
    team: batch.team,
    device: batch.device,
    seq: batch.seq,
    prev: batch.prev,
    hlcMin: clocks[0],
    hlcMax: clocks.at(-1),
    count: batch.changes.length,
    keyId: null,
    createdAt: new Date().toISOString(),
    appVersion: batch.appVersion ?? '0.1.0',
    ...batch.header,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const fixed = Buffer.alloc(10);
  fixed.write('KKHB', 0, 'ascii');
  fixed[4] = 1;
  fixed[5] = 0;
  fixed.writeUInt32BE(headerBytes.length, 6);
  const body = gzipSync(Buffer.from(JSON.stringify({ changes: batch.changes }), 'utf8'));
  const signed = Buffer.concat([fixed, headerBytes, body]);
  const checksum = createHash('sha256').update(signed).digest();
  return new Uint8Array(Buffer.concat([signed, checksum]));
}

/** A plain team.json as §3 shows it. */
export function foreignTeamFile(teamId: string, encryption: unknown = null): Uint8Array {
  const file = {
    format: 'kakehashi-sync',
    formatVersion: 1,
    teamId,
    teamName: '山形バイオクラスター',
    createdAt: '2026-11-28T09:00:00.000Z',
    minAppVersion: '0.1.0',
    encryption,
  };
  return new Uint8Array(Buffer.from(JSON.stringify(file), 'utf8'));
}
