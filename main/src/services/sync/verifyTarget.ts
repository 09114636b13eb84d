import { batchHeaderSchema, changeOutsideHeader, decodeBatch } from '#shared/sync/batchCodec';
import type { BlobStore } from '#shared/sync/blobStore';
import { decodeBlob, hasEncryptedBlobShape } from '#shared/sync/blobCodec';
import { sha256Hex } from '#shared/sync/bytes';
import { peekContainer } from '#shared/sync/container';
import { parseKey } from '#shared/sync/layout';
import { decodeSnapshot, snapshotHeaderSchema } from '#shared/sync/snapshotCodec';
import { SyncError } from '#shared/sync/syncError';
import { joinTeam, type OpenTeam } from '#shared/sync/team';

/** What `sync:verify` found. */
export type VerifyReport = {
  teamId: string | null;
  encrypted: boolean;
  devices: { device: string; batches: number; records: number }[];
  blobs: number;
  snapshots: number;
  faults: string[];
  notes: string[];
  /** What could not be checked (an encrypted team without the passphrase): not a clean bill. */
  unchecked: string[];
};

/**
 * Checks a target without the app: layout, every batch decodes (or is named as corrupt), each
 * device's chain runs 1..n without gaps or forks, blobs match their names, snapshots decode. With the
 * passphrase an encrypted team's batches, snapshots and blobs are opened too; without it only the clear
 * headers, the chains and the shape of the sealed blobs are checked, and `unchecked` says what was not.
 */
export async function verifyTarget(store: BlobStore, passphrase: string | null): Promise<VerifyReport> {
  const report: VerifyReport = {
    teamId: null,
    encrypted: false,
    devices: [],
    blobs: 0,
    snapshots: 0,
    faults: [],
    notes: [],
    unchecked: [],
  };
  let team: OpenTeam | null = null;
  try {
    team = await joinTeam(store, passphrase);
  } catch (error) {
    if (error instanceof SyncError && error.code === 'passphrase-required') {
      report.notes.push('encrypted team: batch bodies and blobs not opened (no passphrase given)');
      report.unchecked.push('batch and snapshot bodies and their authentication tags, blob contents');
    } else {
      report.faults.push(
        `team.json: ${error instanceof SyncError ? `${error.code}: ${error.message}` : String(error)}`,
      );
      return report;
    }
  }
  const teamFile = team?.file ?? null;
  report.teamId = teamFile?.teamId ?? null;
  const raw = await store.get('team.json');
  const parsedTeam =
    raw === null ? null : (JSON.parse(new TextDecoder().decode(raw)) as { teamId?: string; encryption?: unknown });
  report.teamId ??= parsedTeam?.teamId ?? null;
  report.encrypted = parsedTeam?.encryption !== null && parsedTeam?.encryption !== undefined;

  const logs = new Map<string, number[]>();
  for (const entry of await store.list('')) {
    const parsed = parseKey(entry.key);
    if (parsed === null) report.faults.push(`${entry.key}: not part of the layout`);
    else if (parsed.kind === 'batch') logs.set(parsed.device, [...(logs.get(parsed.device) ?? []), parsed.seq]);
    else if (parsed.kind === 'blob') await checkBlob(store, entry.key, parsed.hash, team, report);
    else if (parsed.kind === 'snapshot') await checkSnapshot(store, entry.key, parsed, team, report);
  }
  for (const [device, seqs] of [...logs.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await checkLog(store, device, seqs, report.teamId ?? '', team, report);
  }
  return report;
}

async function checkBlob(store: BlobStore, key: string, hash: string, team: OpenTeam | null, report: VerifyReport) {
  report.blobs += 1;
  const bytes = await store.get(key);
  if (bytes === null) {
    report.faults.push(`${key}: listed but not readable`);
    return;
  }
  if (report.encrypted && team === null) {
    if (!hasEncryptedBlobShape(bytes)) report.faults.push(`${key}: shorter than an encrypted blob can be`);
    return;
  }
  try {
    await decodeBlob(hash, bytes, team?.key ?? null);
  } catch {
    report.faults.push(`${key}: content does not match its name`);
  }
}

async function checkSnapshot(
  store: BlobStore,
  key: string,
  where: { device: string; hlc: string },
  team: OpenTeam | null,
  report: VerifyReport,
) {
  report.snapshots += 1;
  const bytes = await store.get(key);
  try {
    if (bytes === null) throw new Error('listed but not readable');
    if (team !== null) {
      await decodeSnapshot(bytes, team.key, { team: team.file.teamId, ...where });
      return;
    }
    const header = snapshotHeaderSchema.parse(peekContainer('snapshot', bytes).header);
    if (header.device !== where.device || header.hlc !== where.hlc || header.team !== report.teamId)
      throw new SyncError('corrupt-batch', 'header does not match the key');
  } catch (error) {
    report.faults.push(`${key}: corrupt (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function checkLog(
  store: BlobStore,
  device: string,
  seqs: number[],
  teamId: string,
  team: OpenTeam | null,
  report: VerifyReport,
) {
  seqs.sort((a, b) => a - b);
  let records = 0;
  let prevHash: string | null = null;
  const max = seqs.at(-1) ?? 0;
  for (let seq = 1; seq <= max; seq += 1) {
    const key = `devices/${device}/log/${String(seq).padStart(12, '0')}.batch`;
    const bytes = seqs.includes(seq) ? await store.get(key) : null;
    if (bytes === null) {
      report.faults.push(`${key}: missing (gap in the log of ${device})`);
      prevHash = null;
      continue;
    }
    try {
      let prev: string | null;
      if (team !== null) {
        const batch = await decodeBatch(bytes, team.key, { team: teamId, device, seq });
        records += batch.changes.length;
        prev = batch.header.prev;
        const outside = changeOutsideHeader(batch.header, batch.changes);
        if (outside !== null) report.faults.push(`${key}: ${outside}`);
      } else {
        const header = batchHeaderSchema.parse(peekContainer('batch', bytes).header);
        if (header.device !== device || header.seq !== seq)
          throw new SyncError('corrupt-batch', 'header does not match the key');
        records += header.count;
        prev = header.prev;
      }
      if (seq > 1 && prevHash !== null && prev !== prevHash)
        report.faults.push(`${key}: does not chain to batch ${seq - 1} (fork)`);
      if (seq === 1 && prev !== null) report.faults.push(`${key}: first batch names a predecessor`);
    } catch (error) {
      report.faults.push(`${key}: corrupt (${error instanceof Error ? error.message : String(error)})`);
    }
    prevHash = await sha256Hex(bytes);
  }
  report.devices.push({ device, batches: seqs.length, records });
}
