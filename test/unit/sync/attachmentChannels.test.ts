import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from '#shared/domain/attachment';
import { sha256Hex } from '#shared/sync/bytes';
import { createAttachmentStore } from '../../../main/src/services/attachmentStore.ts';
import { createBackupService } from '../../../main/src/services/backupService.ts';
import { createDataHandlers } from '../../../main/src/services/dataHandlers.ts';
import { removeTempFolders, tempFolder } from './support/devices.ts';

afterAll(removeTempFolders);

describe('attachment channels used by sync', () => {
  it('names the hashes main lacks and stores downloaded bytes only when they match their hash', async () => {
    const dir = await tempFolder('attachments');
    const attachments = createAttachmentStore(join(dir, 'attachments'));
    const none = () => Promise.resolve(null);
    const handlers = createDataHandlers({
      attachments,
      backups: createBackupService({
        autoDirectory: join(dir, 'backups'),
        attachments,
        appVersion: '0.1.0',
        now: () => new Date(),
      }),
      chooseSavePath: none,
      chooseOpenPath: none,
    });
    const context = { senderUrl: 'app://kakehashi/' };
    const held = await attachments.put(new TextEncoder().encode('手元のメモ'), 'text/plain');
    const bytes = new TextEncoder().encode('届いたメモ');
    const sha256 = await sha256Hex(bytes);

    expect(await handlers['attachment:missing']({ sha256s: [held.sha256, sha256, sha256] }, context)).toEqual({
      missing: [sha256],
    });
    await expect(
      handlers['attachment:put-verified']({ sha256, bytes: new TextEncoder().encode('すり替えたメモ') }, context),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await attachments.has(sha256)).toBe(false);
    expect(await handlers['attachment:put-verified']({ sha256, bytes }, context)).toEqual({ stored: true });
    expect(await attachments.get(sha256)).toEqual(bytes);
    expect(await handlers['attachment:missing']({ sha256s: [held.sha256, sha256] }, context)).toEqual({ missing: [] });

    // A blob larger than anyone may attach is refused even when it matches its name.
    const huge = new Uint8Array(maxAttachmentBytes + 1);
    const hugeHash = await sha256Hex(huge);
    await expect(handlers['attachment:put-verified']({ sha256: hugeHash, bytes: huge }, context)).rejects.toMatchObject(
      {
        code: 'invalid-input',
      },
    );
    expect(await attachments.has(hugeHash)).toBe(false);
  });
});
