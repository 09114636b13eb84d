import { z } from 'zod';

const url = z.url({ protocol: /^https?$/, error: 'invalid' });

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

/** The saved sync configuration as the renderer sees it (secrets only as "is set"). */
export const syncConfigSchema = z.object({
  target: targetSchema.nullable(),
  teamId: z.string().nullable(),
  deviceName: z.string(),
  hasSecret: z.boolean(),
  hasPassphrase: z.boolean(),
  autoSyncMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});

/** The saved sync configuration. */
export type SyncConfig = z.infer<typeof syncConfigSchema>;
