import { z } from 'zod';

/** Menu commands the page carries out (the rest, like About, main handles itself). */
export const pageMenuCommands = ['new-visit', 'backup', 'restore', 'export', 'print', 'diagnostics'] as const;

/** What the desktop shell asks of the page, answered to its long poll `shell:next-command`. */
export const shellCommandSchema = z.discriminatedUnion('kind', [
  /** Nothing: the wait was replaced by a newer one (the page reloaded). */
  z.object({ kind: z.literal('none') }),
  /** A menu item was chosen. */
  z.object({ kind: z.literal('menu'), command: z.enum(pageMenuCommands) }),
  /** The user quits: save drafts, let sync finish its batch, then call `shell:quit-ready`. */
  z.object({ kind: z.literal('prepare-quit') }),
  /** A `.kkbackup` was opened with the app (a second launch or a double click): offer to restore it. */
  z.object({ kind: z.literal('restore-file'), name: z.string().max(255) }),
]);

/** One command of the desktop shell to the page. */
export type ShellCommand = z.infer<typeof shellCommandSchema>;

/** Log levels the page may write at. */
export const logLevels = ['error', 'warn', 'info', 'debug'] as const;

const counts = z.record(z.string().regex(/^[A-Za-z_]{1,40}$/), z.number().int().min(0));

/** Channels of the desktop shell: commands to the page, the page's log lines, diagnostics, upgrade backups. */
export const shellContract = {
  /** Waits for the next thing the shell asks of the page (menu, quit, an opened file). */
  'shell:next-command': { input: z.undefined(), output: shellCommandSchema },
  /** The page has saved its drafts and stopped sync: the app may quit now. */
  'shell:quit-ready': { input: z.undefined(), output: z.object({ quitting: z.boolean() }) },
  /** Writes one line of the page's log into main's log (redacted there like every line). */
  'log:write': {
    input: z
      .object({
        level: z.enum(logLevels),
        scope: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a short lower-case scope such as "sync"'),
        message: z.string().max(2000),
      })
      .strict(),
    output: z.object({ written: z.literal(true) }),
  },
  /** Asks where to save, then writes a zip of the logs, versions, table counts and sync status. */
  'diagnostics:export': {
    input: z
      .object({
        tableCounts: counts,
        sync: z
          .object({
            configured: z.boolean(),
            targetKind: z.string().max(20).nullable(),
            lastSyncAt: z.string().max(40).nullable(),
            pendingChanges: z.number().int().min(0),
            lastError: z.string().max(500).nullable(),
          })
          .strict(),
      })
      .strict(),
    /** The saved zip's path, or null when the user cancelled the save dialog. */
    output: z.object({ path: z.string().nullable() }),
  },
  /** Writes a backup of the database as it is, before its schema is upgraded (into user data). */
  'database:backup-before-upgrade': {
    input: z
      .object({
        snapshot: z.instanceof(Uint8Array),
        fromVersion: z.number().int().min(1),
        toVersion: z.number().int().min(1),
      })
      .strict(),
    output: z.object({ path: z.string() }),
  },
} as const;
