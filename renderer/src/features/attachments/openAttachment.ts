import type { AttachmentMeta } from '#shared/domain/attachment';
import { requestHost } from '../../host/host.ts';
import { downloadFile } from '../../ui/downloadFile.ts';

let runtime: Promise<'electron' | 'browser-harness'> | null = null;
const hostRuntime = () => (runtime ??= requestHost('app:info', undefined).then((info) => info.runtime));

/**
 * Opens an attachment: in the desktop app main opens a checked copy in the system viewer; in the
 * browser route, where no viewer of main exists, the browser downloads the bytes.
 */
export async function openAttachment(attachment: Pick<AttachmentMeta, 'sha256' | 'name' | 'type'>): Promise<void> {
  if ((await hostRuntime()) === 'electron') {
    await requestHost('attachment:open', { sha256: attachment.sha256, name: attachment.name, type: attachment.type });
    return;
  }
  const { bytes } = await requestHost('attachment:get', { sha256: attachment.sha256 });
  downloadFile(attachment.name, bytes, attachment.type);
}
