import { join } from 'node:path';
import { HostFailure } from '#shared/contract/envelope';
import type { allowedAttachmentTypes } from '#shared/domain/attachment';
import { isAcceptedAttachmentType, type AttachmentStore } from './attachmentStore.ts';

/** A type the store accepts. */
export type AttachmentType = (typeof allowedAttachmentTypes)[number];

/** The extension a viewer needs for each accepted type; never one that the OS would run. */
const extensions: Readonly<Record<AttachmentType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
};

/**
 * A file name for the temp copy: the stem the user gave (no folders, no control or reserved
 * characters, no leading dots), and always the extension of the checked type, so a name like
 * `report.pdf.exe` never reaches the viewer as something runnable.
 */
export function safeAttachmentFileName(name: string, type: AttachmentType): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/u, '')
    .replace(/[\p{Cc}<>:"|?*.]/gu, '_')
    .trim()
    .slice(0, 80);
  return `${stem === '' ? 'attachment' : stem}.${extensions[type]}`;
}

/** What the opener needs: the store, a private temp folder and the OS's "open with the default app". */
export type AttachmentOpenerDeps = Readonly<{
  attachments: AttachmentStore;
  tempRoot: string;
  mkdir(path: string): Promise<unknown>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  openPath(path: string): Promise<void>;
}>;

/** Opens attachments of the store only: by hash, checked, through a temp copy under `tempRoot`. */
export function createAttachmentOpener(deps: AttachmentOpenerDeps) {
  return {
    async open(sha256: string, name: string, type: AttachmentType): Promise<void> {
      // get() checks the hash pattern and the bytes against it, and fails for anything not stored.
      const bytes = await deps.attachments.get(sha256);
      if (!isAcceptedAttachmentType(type, bytes))
        throw new HostFailure('invalid-file', `attachment ${sha256} does not start like ${type}`);
      const folder = join(deps.tempRoot, sha256);
      await deps.mkdir(folder);
      const path = join(folder, safeAttachmentFileName(name, type));
      await deps.writeFile(path, bytes);
      await deps.openPath(path);
    },
  };
}

/** Opens attachments in the system viewer. */
export type AttachmentOpener = ReturnType<typeof createAttachmentOpener>;
