import nodeLog from 'electron-log/node';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { release } from 'node:os';
import { join } from 'node:path';
import type { BackupService } from '../../main/src/services/backupService.ts';
import type { ChoosePath } from '../../main/src/services/dataHandlers.ts';
import { createAppLog, type AppLog, type ElectronLogLike } from '../../main/src/services/shell/appLog.ts';
import { createShellCommandQueue, type ShellCommandQueue } from '../../main/src/services/shell/shellCommands.ts';
import type { ShellHandlerDeps } from '../../main/src/services/shell/shellHandlers.ts';
import { createShellServices } from '../../main/src/services/shell/shellServices.ts';

let instances = 0;

/** The harness's desktop shell: its handler deps, its command queue, its log, its quit count. */
export type HarnessShell = Readonly<{
  deps: ShellHandlerDeps;
  commands: ShellCommandQueue;
  log: AppLog;
  quitRequests: () => number;
}>;

/** The shell's services outside Electron: a real log in `<userData>/logs` (electron-log's Node flavour), real diagnostics and upgrade backups. */
export function createHarnessShell(
  options: Readonly<{
    userDataPath: string;
    appVersion: string;
    backups: Pick<BackupService, 'exportTo'>;
    chooseSavePath?: ChoosePath;
    now?: () => Date;
  }>,
): HarnessShell {
  instances += 1;
  const logger = nodeLog.create({ logId: `kakehashi-harness-${instances}` }) as unknown as ElectronLogLike;
  const log = createAppLog({
    logger,
    directory: join(options.userDataPath, 'logs'),
    fs: { existsSync, renameSync, rmSync },
  });
  const commands = createShellCommandQueue();
  let quitReadyCalls = 0;
  const deps = createShellServices({
    userDataPath: options.userDataPath,
    log,
    commands,
    backups: options.backups,
    versions: {
      app: options.appVersion,
      electron: null,
      chrome: null,
      node: process.versions.node,
      platform: process.platform,
      osRelease: release(),
      arch: process.arch,
      locale: 'ja-JP',
    },
    chooseDiagnosticsPath: options.chooseSavePath ?? (() => Promise.resolve(null)),
    // The browser route has no app to quit: the call is counted so a test can see the page made it.
    quitReady: () => {
      quitReadyCalls += 1;
      return false;
    },
    now: options.now ?? (() => new Date()),
  });
  return { deps, commands, log, quitRequests: () => quitReadyCalls };
}
