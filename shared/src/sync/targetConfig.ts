import { z } from 'zod';
import { teamIdSchema } from './ids.ts';

const url = z.url({ protocol: /^https?$/, error: 'invalid' });

/** Whether a URL carries a user name or password in its authority (`https://user:pw@host/`). */
export function hasUrlCredentials(value: string): boolean {
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(value)?.[1] ?? '';
  return authority.includes('@');
}

/** A folder target: a local or shared folder (NAS, Windows share). */
export const folderTargetSchema = z.object({
  kind: z.literal('folder'),
  path: z.string().min(1).max(1000),
});

/** A WebDAV target; the password is a secret and travels only in `TargetInput`. */
export const webdavTargetSchema = z.object({
  kind: z.literal('webdav'),
  url,
  username: z.string().max(200),
});

/** An S3-compatible target; the secret key travels only in `TargetInput`. */
export const s3TargetSchema = z.object({
  kind: z.literal('s3'),
  endpoint: url,
  region: z.string().min(1).max(64).default('us-east-1'),
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'invalid' }),
  prefix: z
    .string()
    .regex(/^([A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*)?$/, {
      error: 'invalid',
    })
    .default(''),
  accessKeyId: z.string().max(200),
  forcePathStyle: z.boolean().default(true),
});

/** A target as settings keep it: no secrets. */
export const targetSchema = z.discriminatedUnion('kind', [folderTargetSchema, webdavTargetSchema, s3TargetSchema]);

/** A sync target without secrets. */
export type SyncTarget = z.infer<typeof targetSchema>;

/** A target as the user enters it: with the secret (omitted: keep the saved one). */
export const targetInputSchema = z.discriminatedUnion('kind', [
  folderTargetSchema,
  webdavTargetSchema.extend({ password: z.string().max(1000).optional() }),
  s3TargetSchema.extend({ secretAccessKey: z.string().max(1000).optional() }),
]);

/** A target as entered. */
export type SyncTargetInput = z.input<typeof targetInputSchema>;

/** Which store a blob operation addresses: the shared target or this device's own journal. */
export const storeNameSchema = z.enum(['target', 'journal']);

/**
 * How this computer keeps secrets: `protected` by an OS keychain, `unprotected` (Linux's
 * `basic_text`: a fixed key, no real protection), or `unavailable` (nothing can be stored).
 */
export const secretStorageSchema = z.object({
  protection: z.enum(['protected', 'unprotected', 'unavailable']),
  backend: z.string().max(100),
});

/** How this computer keeps secrets. */
export type SecretStorage = z.infer<typeof secretStorageSchema>;

/** Why sync.json was set aside at start: the kept file's name and what was wrong. */
export const syncRecoverySchema = z.object({ backupFile: z.string(), detail: z.string() });

/** The saved sync configuration as the renderer sees it (secrets only as "is set"). */
export const syncConfigSchema = z.object({
  target: targetSchema.nullable(),
  teamId: teamIdSchema.nullable(),
  deviceName: z.string(),
  hasSecret: z.boolean(),
  hasPassphrase: z.boolean(),
  autoSyncMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** Whether saved secrets are protected on this computer (shown on the sync screen). */
  secretStorage: secretStorageSchema,
  /** Set when an unreadable sync.json was set aside and the defaults took its place. */
  recovery: syncRecoverySchema.nullable(),
});

/** The saved sync configuration. */
export type SyncConfig = z.infer<typeof syncConfigSchema>;
