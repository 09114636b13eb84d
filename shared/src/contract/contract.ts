import { z } from 'zod';
import { settingsPatchSchema, settingsRecoverySchema, settingsSchema } from '../settings.ts';
import { teamIdSchema } from '../sync/ids.ts';
import { storeNameSchema, syncConfigSchema, targetInputSchema } from '../sync/targetConfig.ts';
import type { ChannelName } from './channels.ts';
import { dataContract } from './dataContract.ts';
import { shellContract } from './shellContract.ts';

const blobKey = z.string().min(1).max(400);
// Binary crosses IPC as Uint8Array (structured clone in Electron, exposeBinding in the harness).
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'expected bytes' });

/** A channel's input and output schemas. */
export type ChannelDefinition = Readonly<{ input: z.ZodType; output: z.ZodType }>;

/** The host contract: every IPC channel with its zod input and output schemas. */
export const contract = {
  'app:info': {
    input: z.undefined(),
    output: z.object({
      version: z.string(),
      platform: z.string(),
      userDataPath: z.string(),
      runtime: z.enum(['electron', 'browser-harness']),
    }),
  },
  'settings:get': {
    input: z.undefined(),
    output: z.object({ values: settingsSchema, recovery: settingsRecoverySchema.nullable() }),
  },
  'settings:set': {
    input: settingsPatchSchema,
    output: settingsSchema,
  },
  /** Prints the calling page (the handout print route) to an A4 PDF, asks where to save it, opens it. */
  'handout:savePdf': {
    input: z
      .object({
        fileName: z
          .string()
          .min(5)
          .max(200)
          .regex(/^[^/\\\0]+\.pdf$/, 'a file name ending in .pdf, without folders'),
      })
      .strict(),
    /** The saved file's path, or null when the user cancelled the save dialog. */
    output: z.object({ path: z.string().nullable() }),
  },
  'sync:get-config': { input: z.undefined(), output: syncConfigSchema },
  'sync:configure': {
    input: z.object({
      target: targetInputSchema,
      /** undefined keeps the saved passphrase, null removes it. */
      passphrase: z.string().max(1000).nullable().optional(),
      /** The user ticked the warning about sending a password over unencrypted http://. */
      allowPlainHttp: z.boolean().optional(),
      /** The user accepted storing secrets where the OS keychain does not protect them. */
      allowUnprotectedSecrets: z.boolean().optional(),
      deviceName: z.string().max(100),
      autoSyncMinutes: z
        .number()
        .int()
        .min(0)
        .max(24 * 60),
    }),
    output: syncConfigSchema,
  },
  'sync:set-team': { input: z.object({ teamId: teamIdSchema }), output: syncConfigSchema },
  'sync:passphrase': { input: z.undefined(), output: z.object({ passphrase: z.string().nullable() }) },
  'sync:test-connection': {
    input: z.object({
      target: targetInputSchema.optional(),
      allowPlainHttp: z.boolean().optional(),
      /** The passphrase typed in the form; without it, the saved one opens an encrypted team's key. */
      passphrase: z.string().max(1000).optional(),
    }),
    output: z.object({
      state: z.enum(['team', 'empty']),
      teamId: z.string().nullable(),
      teamName: z.string().nullable(),
      encrypted: z.boolean(),
      objects: z.number().int(),
    }),
  },
  'sync:list': {
    input: z.object({ store: storeNameSchema, prefix: z.string().max(400) }),
    output: z.object({ entries: z.array(z.object({ key: z.string(), size: z.number() })) }),
  },
  'sync:get': {
    input: z.object({ store: storeNameSchema, key: blobKey }),
    output: z.object({ bytes: bytes.nullable() }),
  },
  'sync:put-if-absent': {
    input: z.object({ store: storeNameSchema, key: blobKey, bytes }),
    output: z.object({ result: z.enum(['created', 'exists']) }),
  },
  'sync:delete': {
    input: z.object({ store: storeNameSchema, key: blobKey }),
    output: z.object({ deleted: z.literal(true) }),
  },
  /** Asks the user for a folder for the folder target (the OS folder dialog); null when cancelled. */
  'sync:choose-folder': {
    input: z.object({ defaultPath: z.string().max(4096).optional() }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  ...dataContract,
  ...shellContract,
} as const satisfies { readonly [C in ChannelName]: ChannelDefinition };

/** The contract's type. */
export type Contract = typeof contract;

/** What a channel takes. */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;

/** What a channel returns. */
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
