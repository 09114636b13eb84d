import type { Handlers } from '#shared/contract/dispatch';
import type { PageDiagnostics } from './diagnostics.ts';
import type { ShellCommandQueue } from './shellCommands.ts';

/** The shell's channels. */
type ShellChannels =
  'shell:next-command' | 'shell:quit-ready' | 'log:write' | 'diagnostics:export' | 'database:backup-before-upgrade';

/** Where the page's log lines go: main's log, which redacts them like its own. */
export type PageLogSink = (level: 'error' | 'warn' | 'info' | 'debug', scope: string, message: string) => void;

/** What the shell's handlers need. */
export type ShellHandlerDeps = Readonly<{
  commands: ShellCommandQueue;
  /** The page is done preparing to quit; true when a quit was waiting for it. */
  quitReady: () => boolean;
  pageLog: PageLogSink;
  /** Asks where to save and writes the diagnostics zip; null when the user cancelled. */
  exportDiagnostics: (page: PageDiagnostics) => Promise<string | null>;
  /** Writes the database as it is before a schema upgrade; returns the backup's path. */
  backupBeforeUpgrade: (snapshot: Uint8Array, fromVersion: number, toVersion: number) => Promise<string>;
}>;

/** The handlers of the shell's channels (the same in the app and the browser harness). */
export function createShellHandlers(deps: ShellHandlerDeps): Pick<Handlers, ShellChannels> {
  return {
    'shell:next-command': () => deps.commands.next(),
    'shell:quit-ready': () => ({ quitting: deps.quitReady() }),
    'log:write': ({ level, scope, message }) => {
      deps.pageLog(level, `page:${scope}`, message);
      return { written: true } as const;
    },
    'diagnostics:export': async (page) => ({ path: await deps.exportDiagnostics(page) }),
    'database:backup-before-upgrade': async ({ snapshot, fromVersion, toVersion }) => ({
      path: await deps.backupBeforeUpgrade(snapshot, fromVersion, toVersion),
    }),
  };
}

/** The file name of the backup written before upgrading the database from one schema version to another. */
export function upgradeBackupName(fromVersion: number, toVersion: number, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `before-upgrade-v${fromVersion}-to-v${toVersion}-${stamp}.kkbackup`;
}
