import { HostFailure } from '#shared/contract/envelope';
import type { Handlers } from '#shared/contract/dispatch';
import type { AttachmentOpener } from './attachmentOpener.ts';
import type { AttachmentStore } from './attachmentStore.ts';
import type { BackupService } from './backupService.ts';
import { lookupPostalCode } from './postalLookup.ts';

/** Asks the user for a file: a save dialog in the app, a path set by the test in the harness; null when cancelled. */
export type ChoosePath = (options: Readonly<{ suggestedName?: string }>) => Promise<string | null>;

/** What the data channels need. */
export type DataHandlerDeps = Readonly<{
  attachments: AttachmentStore;
  /** Absent where no system viewer exists (handler tests); `createDataServices` always builds one. */
  attachmentOpener?: AttachmentOpener;
  backups: BackupService;
  chooseSavePath: ChoosePath;
  chooseOpenPath: ChoosePath;
}>;

type DataChannels =
  | 'postal:lookup'
  | 'attachment:put'
  | 'attachment:get'
  | 'attachment:open'
  | 'attachment:missing'
  | 'attachment:put-verified'
  | 'backup:export'
  | 'backup:restore'
  | 'backup:autoStatus'
  | 'backup:auto';

/** The handlers of attachments and backups. */
export function createDataHandlers(deps: DataHandlerDeps): Pick<Handlers, DataChannels> {
  return {
    'postal:lookup': ({ code }) => ({ places: lookupPostalCode(code) }),
    'attachment:put': ({ type, bytes }) => deps.attachments.put(bytes, type),
    'attachment:get': async ({ sha256 }) => ({ bytes: await deps.attachments.get(sha256) }),
    'attachment:open': async ({ sha256, name, type }) => {
      if (deps.attachmentOpener === undefined) throw new HostFailure('io-failed', 'no system viewer here');
      await deps.attachmentOpener.open(sha256, name, type);
      return { opened: true as const };
    },
    'attachment:missing': async ({ sha256s }) => {
      const missing: string[] = [];
      for (const sha256 of new Set(sha256s)) if (!(await deps.attachments.has(sha256))) missing.push(sha256);
      return { missing };
    },
    'attachment:put-verified': async ({ sha256, bytes }) => {
      await deps.attachments.putVerified(sha256, bytes);
      return { stored: true as const };
    },
    'backup:export': async ({ snapshot, suggestedName }) => {
      const path = await deps.chooseSavePath({ suggestedName });
      if (path === null) throw new HostFailure('cancelled', 'no destination chosen');
      const written = await deps.backups.exportTo(path, snapshot);
      return { path, ...written, damaged: [...written.damaged] };
    },
    'backup:restore': async () => {
      const path = await deps.chooseOpenPath({});
      if (path === null) throw new HostFailure('cancelled', 'no file chosen');
      const restored = await deps.backups.restoreFrom(path);
      return {
        path,
        snapshot: restored.snapshotJson,
        report: restored.report,
        attachments: restored.attachments,
        damaged: [...restored.damaged],
      };
    },
    'backup:autoStatus': () => deps.backups.autoStatus(),
    'backup:auto': async ({ snapshot }) => {
      const result = await deps.backups.autoBackup(snapshot);
      return { ...result, damaged: [...result.damaged] };
    },
  };
}
