import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAttachmentOpener, safeAttachmentFileName } from '../../../main/src/services/attachmentOpener.ts';
import { createAttachmentStore } from '../../../main/src/services/attachmentStore.ts';
import { removeTempFolders, tempFolder } from '../sync/support/devices.ts';

afterAll(removeTempFolders);

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);

async function opener() {
  const dir = await tempFolder('opener');
  const attachments = createAttachmentStore(join(dir, 'attachments'));
  const opened: string[] = [];
  const service = createAttachmentOpener({
    attachments,
    tempRoot: join(dir, 'opened'),
    mkdir: (path) => mkdir(path, { recursive: true }),
    writeFile: (path, bytes) => writeFile(path, bytes),
    openPath: (path) => {
      opened.push(path);
      return Promise.resolve();
    },
  });
  return { dir, attachments, service, opened };
}

describe('opening an attachment in the system viewer', () => {
  it.each([
    ['見積書.pdf', 'application/pdf', '見積書.pdf'],
    ['report.pdf.exe', 'application/pdf', 'report_pdf.pdf'],
    ['../../etc/passwd', 'text/plain', 'passwd.txt'],
    ['..\\..\\start.bat', 'text/plain', 'start.txt'],
    ['.bashrc', 'text/plain', 'attachment.txt'],
    ['写真', 'image/png', '写真.png'],
  ] as const)('names the copy of %s (%s) %s', (name, type, expected) => {
    expect(safeAttachmentFileName(name, type)).toBe(expected);
  });

  it('opens a checked copy of stored bytes, under its own folder, with the type’s extension', async () => {
    const { dir, attachments, service, opened } = await opener();
    const { sha256 } = await attachments.put(pdf, 'application/pdf');
    await service.open(sha256, '見積書.exe', 'application/pdf');
    expect(opened).toEqual([join(dir, 'opened', sha256, '見積書.pdf')]);
    expect(new Uint8Array(await readFile(opened[0] ?? ''))).toEqual(pdf);
  });

  it('opens nothing that is not in the store, or whose bytes are not of the named type', async () => {
    const { attachments, service, opened } = await opener();
    await expect(service.open('0'.repeat(64), 'x.pdf', 'application/pdf')).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(service.open('../../secret', 'x.pdf', 'application/pdf')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const { sha256 } = await attachments.put(new TextEncoder().encode('メモ'), 'text/plain');
    await expect(service.open(sha256, 'x.pdf', 'application/pdf')).rejects.toMatchObject({ code: 'invalid-file' });
    expect(opened).toEqual([]);
  });
});
