import { join } from 'node:path';
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
  }>,
): DataHandlerDeps {
  const attachments = createAttachmentStore(join(options.userDataPath, 'attachments'));
  const backups = createBackupService({
    autoDirectory: join(options.userDataPath, 'backups'),
    attachments,
    appVersion: options.appVersion,
    now: options.now,
  });
  return { attachments, backups, chooseSavePath: options.chooseSavePath, chooseOpenPath: options.chooseOpenPath };
}
