import { z } from 'zod';
import { settingsPatchSchema, settingsRecoverySchema, settingsSchema } from '../settings.ts';
import type { ChannelName } from './channels.ts';
import { dataContract } from './dataContract.ts';

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
  ...dataContract,
} as const satisfies { readonly [C in ChannelName]: ChannelDefinition };

/** The contract's type. */
export type Contract = typeof contract;

/** What a channel takes. */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;

/** What a channel returns. */
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
