import { z } from 'zod';
import { sha256Hex } from './bytes.ts';
import { parseBatchBody, type Change } from './change.ts';
import { decodeContainer, encodeContainer } from './container.ts';
import { compareHlc, parseHlc, type Hlc } from './hlc.ts';
import { SyncError } from './syncError.ts';
import type { TeamKey } from './teamKey.ts';

const hlc = z.string().refine((value) => parseHlc(value) !== null, 'not an HLC');

/** The cleartext header of a batch (docs/sync-format.md §4). */
export const batchHeaderSchema = z.object({
  team: z.string(),
  device: z.string(),
  seq: z.number().int().min(1),
  prev: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  hlcMin: hlc,
  hlcMax: hlc,
  count: z.number().int().min(0),
  keyId: z.string().nullable(),
  createdAt: z.string(),
  appVersion: z.string(),
});

/** A batch header. */
export type BatchHeader = z.infer<typeof batchHeaderSchema>;

/** What a new batch is made of. */
export type BatchInput = Readonly<{
  team: string;
  device: string;
  seq: number;
  prev: string | null;
  changes: readonly Change[];
  createdAt: string;
  appVersion: string;
}>;

/** An encoded batch with its hash (SHA-256 of the whole file, the next batch's `prev`). */
export type EncodedBatch = Readonly<{
  bytes: Uint8Array;
  hash: string;
  header: BatchHeader;
}>;

/** A decoded, verified batch. */
export type DecodedBatch = Readonly<{
  header: BatchHeader;
  changes: readonly Change[];
  hash: string;
}>;

/** Encodes a batch, sealed with the team key when there is one. */
export async function encodeBatch(input: BatchInput, key: TeamKey | null): Promise<EncodedBatch> {
  if (input.changes.length === 0) throw new Error('a batch holds at least one change');
  let min: Hlc = input.changes[0]?.hlc ?? '';
  let max: Hlc = min;
  for (const change of input.changes) {
    if (compareHlc(change.hlc, min) < 0) min = change.hlc;
    if (compareHlc(change.hlc, max) > 0) max = change.hlc;
  }
  const header: BatchHeader = {
    team: input.team,
    device: input.device,
    seq: input.seq,
    prev: input.prev,
    hlcMin: min,
    hlcMax: max,
    count: input.changes.length,
    keyId: key?.keyId ?? null,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
  };
  const bytes = await encodeContainer('batch', header, { changes: input.changes }, key);
  return { bytes, hash: await sha256Hex(bytes), header };
}

/** Where a batch was read from: it must say the same about itself. */
export type BatchExpectation = Readonly<{
  team: string;
  device: string;
  seq: number;
}>;

/**
 * Why a batch's changes disagree with its header's clock range, or null: every change's HLC must lie
 * within `hlcMin`..`hlcMax` (docs/sync-format.md §4); a batch that breaks this is corrupt.
 */
export function changeOutsideHeader(header: BatchHeader, changes: readonly Change[]): string | null {
  if (compareHlc(header.hlcMin, header.hlcMax) > 0) return 'header hlcMin is later than hlcMax';
  for (const [index, change] of changes.entries()) {
    if (compareHlc(change.hlc, header.hlcMin) < 0 || compareHlc(change.hlc, header.hlcMax) > 0)
      return `change ${index + 1} (${change.table}) is dated ${change.hlc}, outside the header's ${header.hlcMin}..${header.hlcMax}`;
  }
  return null;
}

/** Decodes and verifies a batch; any damage or mismatch is a `corrupt-batch` error. */
export async function decodeBatch(
  bytes: Uint8Array,
  key: TeamKey | null,
  expected: BatchExpectation,
): Promise<DecodedBatch> {
  const { header: rawHeader, body } = await decodeContainer('batch', bytes, key);
  const header = batchHeaderSchema.safeParse(rawHeader);
  if (!header.success) throw new SyncError('corrupt-batch', 'header does not match the format');
  const { team, device, seq } = header.data;
  if (team !== expected.team || device !== expected.device || seq !== expected.seq) {
    throw new SyncError(
      'corrupt-batch',
      `header says ${team}/${device}/${seq}, the file is ${expected.team}/${expected.device}/${expected.seq}`,
    );
  }
  const changes = parseBatchBody(body);
  if (changes?.length !== header.data.count) {
    throw new SyncError('corrupt-batch', 'body does not match the format or the header count');
  }
  return {
    header: header.data,
    changes,
    hash: await sha256Hex(bytes),
  };
}
