import { useEffect, useState, type ReactNode } from 'react';
import type { AttachmentMeta } from '#shared/domain/attachment';
import { requestHost } from '../../host/host.ts';

// Types Chromium draws itself; HEIC is not among them.
const drawable = new Set(['image/png', 'image/jpeg', 'image/webp']);

/** A small preview of an image attachment, from its checked bytes as a blob: URL (the CSP allows `img-src blob:`). */
export function AttachmentThumbnail({
  attachment,
}: Readonly<{ attachment: Pick<AttachmentMeta, 'sha256' | 'name' | 'type'> }>): ReactNode {
  const [url, setUrl] = useState<string | null>(null);
  const { sha256, type } = attachment;
  useEffect(() => {
    if (!drawable.has(type)) return;
    let made: string | null = null;
    let cancelled = false;
    void requestHost('attachment:get', { sha256 })
      .then(({ bytes }) => {
        if (cancelled) return;
        made = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
        setUrl(made);
      })
      // Bytes not here yet (sync still fetching) or damaged: the name alone is shown.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (made !== null) URL.revokeObjectURL(made);
    };
  }, [sha256, type]);
  return url === null ? null : <img className="attachment-thumbnail" src={url} alt={attachment.name} />;
}
