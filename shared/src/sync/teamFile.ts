import { z } from 'zod';
import { fromUtf8, utf8 } from './bytes.ts';
import { teamIdSchema } from './ids.ts';
import { SyncError } from './syncError.ts';
import { kdfIterationBounds, type TeamEncryption } from './teamKey.ts';

/** The format version this code reads and writes. */
export const syncFormatVersion = 1;

const encryptionSchema = z.object({
  algorithm: z.literal('AES-256-GCM'),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z
      .number()
      .int()
      .min(kdfIterationBounds.min, `PBKDF2 iterations below ${kdfIterationBounds.min}`)
      .max(kdfIterationBounds.max, `PBKDF2 iterations above ${kdfIterationBounds.max}`),
    salt: z.string(),
  }),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  wrappedKey: z.string(),
  keyCheck: z.string(),
});

/** team.json (docs/sync-format.md §3). */
export const teamFileSchema = z.object({
  format: z.literal('kakehashi-sync'),
  formatVersion: z.number().int().min(1),
  teamId: teamIdSchema,
  teamName: z.string().max(200),
  createdAt: z.string(),
  minAppVersion: z.string(),
  encryption: encryptionSchema.nullable(),
});

/** A parsed team file. */
export type TeamFile = Readonly<{
  format: 'kakehashi-sync';
  formatVersion: number;
  teamId: string;
  teamName: string;
  createdAt: string;
  minAppVersion: string;
  encryption: TeamEncryption | null;
}>;

/** Serialises a team file. */
export function encodeTeamFile(team: TeamFile): Uint8Array {
  return utf8(`${JSON.stringify(team, null, 2)}\n`);
}

/**
 * Parses team.json. A newer format is refused by its version before the rest is validated, so an
 * older app says "newer format" rather than "corrupt".
 */
export function decodeTeamFile(bytes: Uint8Array): TeamFile {
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(bytes));
  } catch (error) {
    throw new SyncError('corrupt-team-file', 'team.json is not JSON', {
      cause: error,
    });
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > syncFormatVersion) {
    throw new SyncError('newer-format', `team.json has format ${version}; this app reads ${syncFormatVersion}`);
  }
  const parsed = teamFileSchema.safeParse(json);
  if (!parsed.success)
    throw new SyncError('corrupt-team-file', `team.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}
