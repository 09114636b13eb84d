import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupService } from '../backupService.ts';
import type { ChoosePath } from '../dataHandlers.ts';
import type { AppLog } from './appLog.ts';
import { buildDiagnosticsZip, diagnosticsFileName, type RuntimeVersions } from './diagnostics.ts';
import type { ShellCommandQueue } from './shellCommands.ts';
import { upgradeBackupName, type ShellHandlerDeps } from './shellHandlers.ts';

/** Builds the shell's handler dependencies on real files: logs, diagnostics zip, upgrade backups. */
export function createShellServices(
  options: Readonly<{
    userDataPath: string;
    log: AppLog;
    commands: ShellCommandQueue;
    backups: Pick<BackupService, 'exportTo'>;
    versions: RuntimeVersions;
    chooseDiagnosticsPath: ChoosePath;
    quitReady: () => boolean;
    now: () => Date;
  }>,
): ShellHandlerDeps {
  const { log } = options;
  return {
    commands: options.commands,
    quitReady: options.quitReady,
    pageLog: (level, scope, message) => log[level](scope, message),
    async exportDiagnostics(page) {
      const createdAt = options.now();
      const path = await options.chooseDiagnosticsPath({ suggestedName: diagnosticsFileName(createdAt) });
      if (path === null) return null;
      log.info('diagnostics', 'writing the diagnostics zip');
      const zip = await buildDiagnosticsZip({
        logsDirectory: log.directory,
        versions: options.versions,
        page,
        createdAt,
        fs: { readdir: (dir) => readdir(dir), readFile: (file) => readFile(file) },
      });
      await writeFile(path, zip);
      return path;
    },
    async backupBeforeUpgrade(snapshot, fromVersion, toVersion) {
      const directory = join(options.userDataPath, 'backups', 'before-upgrade');
      await mkdir(directory, { recursive: true });
      const path = join(directory, upgradeBackupName(fromVersion, toVersion, options.now()));
      const written = await options.backups.exportTo(path, snapshot);
      log.info('database', `backup before the upgrade v${fromVersion} → v${toVersion}: ${written.bytes} bytes`);
      return path;
    },
  };
}
