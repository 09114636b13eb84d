import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HostFailure } from '#shared/contract/envelope';
import { createAttachmentOpener } from './attachmentOpener.ts';
import { createAttachmentStore } from './attachmentStore.ts';
import { createBackupService } from './backupService.ts';
import type { ChoosePath, DataHandlerDeps } from './dataHandlers.ts';

/** Builds the data services under a user-data folder: `attachments/` and `backups/`. */
export function createDataServices(
  options: Readonly<{
    userDataPath: string;
    appVersion: string;
    now: () => Date;
    chooseSavePath: ChoosePath;
    chooseOpenPath: ChoosePath;
    /** The OS's "open with the default app" (shell.openPath); without it, opening an attachment is refused. */
    openPath?: (path: string) => Promise<void>;
  }>,
): DataHandlerDeps {
  const attachments = createAttachmentStore(join(options.userDataPath, 'attachments'));
  const backups = createBackupService({
    autoDirectory: join(options.userDataPath, 'backups'),
    attachments,
    appVersion: options.appVersion,
    now: options.now,
  });
  const attachmentOpener = createAttachmentOpener({
    attachments,
    // Copies handed to the viewer live in user data, beside the store, never in a shared temp folder.
    tempRoot: join(options.userDataPath, 'opened-attachments'),
    mkdir: (path) => mkdir(path, { recursive: true }),
    writeFile: (path, bytes) => writeFile(path, bytes),
    openPath:
      options.openPath ?? (() => Promise.reject(new HostFailure('io-failed', 'no system viewer in this runtime'))),
  });
  return {
    attachments,
    attachmentOpener,
    backups,
    chooseSavePath: options.chooseSavePath,
    chooseOpenPath: options.chooseOpenPath,
  };
}
