import { z } from 'zod';
import { decodeContainer, encodeContainer } from './container.ts';
import { parseHlc } from './hlc.ts';
import type { StateRecord } from './replica.ts';
import { SyncError } from './syncError.ts';
import type { TeamKey } from './teamKey.ts';

/** The cleartext header of a snapshot (docs/sync-format.md §4). */
export const snapshotHeaderSchema = z.object({
  team: z.string(),
  device: z.string(),
  hlc: z.string().refine((value) => parseHlc(value) !== null, 'not an HLC'),
  vector: z.record(z.string().regex(/^[A-Za-z0-9_]{1,64}$/), z.number().int().min(1)),
  count: z.number().int().min(0),
  keyId: z.string().nullable(),
  createdAt: z.string(),
  appVersion: z.string(),
});

/** A snapshot header. */
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;

/** A decoded, verified snapshot. */
export type DecodedSnapshot = Readonly<{ header: SnapshotHeader; records: readonly StateRecord[] }>;

/** What a new snapshot is made of. */
export type SnapshotInput = Readonly<{
  team: string;
  device: string;
  hlc: string;
  vector: Readonly<Record<string, number>>;
  records: readonly StateRecord[];
  createdAt: string;
  appVersion: string;
}>;

/** Encodes a snapshot container (magic KKHS), sealed with the team key when there is one. */
export function encodeSnapshot(input: SnapshotInput, key: TeamKey | null): Promise<Uint8Array> {
  const header: SnapshotHeader = {
    team: input.team,
    device: input.device,
    hlc: input.hlc,
    vector: { ...input.vector },
    count: input.records.length,
    keyId: key?.keyId ?? null,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
  };
  const records = input.records.map(({ table, id, fields, clocks }) => ({ table, id, fields, clocks }));
  return encodeContainer('snapshot', header, { records }, key);
}

/** Where a snapshot was read from: its header must say the same. */
export type SnapshotExpectation = Readonly<{ team: string; device: string; hlc: string }>;

/** Decodes and verifies a snapshot; any damage, mismatch or other team is a `corrupt-batch` error. */
export async function decodeSnapshot(
  bytes: Uint8Array,
  key: TeamKey | null,
  expected: SnapshotExpectation,
): Promise<DecodedSnapshot> {
  const { header: rawHeader, body } = await decodeContainer('snapshot', bytes, key);
  const header = snapshotHeaderSchema.safeParse(rawHeader);
  if (!header.success) throw new SyncError('corrupt-batch', 'snapshot header does not match the format');
  const { team, device, hlc } = header.data;
  if (team !== expected.team || device !== expected.device || hlc !== expected.hlc) {
    throw new SyncError(
      'corrupt-batch',
      `snapshot header says ${team}/${device}/${hlc}, the file is ${expected.team}/${expected.device}/${expected.hlc}`,
    );
  }
  const records = parseSnapshotBody(body);
  if (records?.length !== header.data.count) {
    throw new SyncError('corrupt-batch', 'snapshot body does not match the format or the header count');
  }
  return { header: header.data, records };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isStateRecord(value: unknown): value is StateRecord {
  if (!isPlainObject(value)) return false;
  const { table, id, fields, clocks } = value;
  if (typeof table !== 'string' || typeof id !== 'string' || id === '') return false;
  if (!isPlainObject(fields) || !isPlainObject(clocks)) return false;
  return Object.values(clocks).every((clock) => typeof clock === 'string' && parseHlc(clock) !== null);
}

/**
 * Checks a parsed snapshot body `{records: [{table, id, fields, clocks}]}`. By hand rather than with
 * the recursive zod JSON schema, for the reason given at `parseBatchBody`: the values came out of
 * JSON.parse, and a snapshot holds every record.
 */
function parseSnapshotBody(body: unknown): readonly StateRecord[] | null {
  if (!isPlainObject(body) || !Array.isArray(body['records'])) return null;
  const records: unknown[] = body['records'];
  return records.every(isStateRecord) ? records : null;
}
