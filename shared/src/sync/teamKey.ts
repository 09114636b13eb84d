import { concatBytes, fromBase64, randomBytes, sha256, toBase64, toHex, utf8, equalBytes } from './bytes.ts';
import { SyncError } from './syncError.ts';

/** The PBKDF2 iteration count for new teams (OWASP 2023 figure for PBKDF2-HMAC-SHA-256). */
export const defaultKdfIterations = 600_000;

/**
 * The PBKDF2 iteration counts a team file may ask for (docs/sync-format.md §3): fewer is too weak,
 * more would keep a device deriving for minutes (a team file asking 2^40 must not hang the app).
 */
export const kdfIterationBounds = { min: 600_000, max: 2_000_000 } as const;

/** Refuses an iteration count outside `kdfIterationBounds`, before any key is derived. */
export function assertKdfIterations(iterations: number): void {
  if (!Number.isSafeInteger(iterations) || iterations < kdfIterationBounds.min || iterations > kdfIterationBounds.max)
    throw new SyncError(
      'corrupt-team-file',
      `team.json asks for ${iterations} PBKDF2 iterations; this app accepts ${kdfIterationBounds.min}–${kdfIterationBounds.max}`,
    );
}

/** The encryption block of team.json (docs/sync-format.md §3). */
export type TeamEncryption = Readonly<{
  algorithm: 'AES-256-GCM';
  kdf: Readonly<{
    name: 'PBKDF2';
    hash: 'SHA-256';
    iterations: number;
    salt: string;
  }>;
  keyId: string;
  wrappedKey: string;
  keyCheck: string;
}>;

/** An unlocked team key: AES-GCM for batches, HMAC for blob names, and its id. */
export type TeamKey = Readonly<{
  aes: CryptoKey;
  hmac: CryptoKey;
  keyId: string;
}>;

async function deriveKek(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  assertKdfIterations(iterations);
  const base = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function importDataKey(raw: Uint8Array): Promise<TeamKey> {
  const aes = await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const hmac = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const keyId = toHex((await sha256(concatBytes(utf8('kakehashi-keyid:'), raw))).slice(0, 8));
  return { aes, hmac, keyId };
}

const wrapAad = (teamId: string) => utf8(`kakehashi-wrap:${teamId}`);

/** Makes a new random data key for a team and wraps it with a passphrase. */
export async function createTeamEncryption(
  teamId: string,
  passphrase: string,
  iterations = defaultKdfIterations,
): Promise<{ encryption: TeamEncryption; key: TeamKey }> {
  const raw = randomBytes(32);
  const salt = randomBytes(16);
  const kek = await deriveKek(passphrase, salt, iterations);
  const iv = randomBytes(12);
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: wrapAad(teamId) }, kek, raw),
  );
  const key = await importDataKey(raw);
  const keyCheck = await sha256(concatBytes(utf8('kakehashi-keycheck:'), raw));
  raw.fill(0);
  return {
    key,
    encryption: {
      algorithm: 'AES-256-GCM',
      kdf: {
        name: 'PBKDF2',
        hash: 'SHA-256',
        iterations,
        salt: toBase64(salt),
      },
      keyId: key.keyId,
      wrappedKey: toBase64(concatBytes(iv, wrapped)),
      keyCheck: toBase64(keyCheck),
    },
  };
}

/**
 * Unwraps a team's data key with a passphrase. A wrong passphrase fails here, before any batch is
 * read: the wrapped key's GCM tag does not verify, or the key check does not match.
 */
export async function unlockTeamKey(teamId: string, encryption: TeamEncryption, passphrase: string): Promise<TeamKey> {
  const salt = fromBase64(encryption.kdf.salt);
  const wrapped = fromBase64(encryption.wrappedKey);
  const check = fromBase64(encryption.keyCheck);
  if (salt === null || wrapped === null || check === null || wrapped.length < 12 + 16) {
    throw new SyncError('corrupt-team-file', 'team.json: malformed encryption block');
  }
  const kek = await deriveKek(passphrase, salt, encryption.kdf.iterations);
  let raw: Uint8Array;
  try {
    raw = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: wrapped.slice(0, 12),
          additionalData: wrapAad(teamId),
        },
        kek,
        wrapped.slice(12),
      ),
    );
  } catch (error) {
    throw new SyncError('wrong-passphrase', 'the passphrase does not open this team key', { cause: error });
  }
  const expected = await sha256(concatBytes(utf8('kakehashi-keycheck:'), raw));
  if (!equalBytes(expected, check)) throw new SyncError('wrong-passphrase', 'the key check does not match');
  const key = await importDataKey(raw);
  raw.fill(0);
  if (key.keyId !== encryption.keyId) throw new SyncError('wrong-passphrase', 'the key id does not match');
  return key;
}
