import { allowedAttachmentTypes, maxAttachmentBytes, type AttachmentMeta } from '#shared/domain/attachment';
import type { Repositories } from '../../db/repositories.ts';
import { requestHost } from '../../host/host.ts';

/** Why a file was not attached; `key` is an i18n key under `data.attachments`, `mb` the limit to show. */
export class AttachmentRefused extends Error {
  readonly key: 'tooLarge' | 'unsupported';
  readonly mb = maxAttachmentBytes / (1024 * 1024);

  constructor(key: 'tooLarge' | 'unsupported') {
    super(key);
    this.name = 'AttachmentRefused';
    this.key = key;
  }
}

/**
 * Attaches a file: size and type are checked before its bytes are even read, the host stores the
 * bytes (checking again), and only the metadata is written here.
 */
export async function addAttachment(
  repos: Repositories,
  file: Readonly<{ name: string; type: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }>,
): Promise<AttachmentMeta> {
  if (file.size > maxAttachmentBytes) throw new AttachmentRefused('tooLarge');
  if (!(allowedAttachmentTypes as readonly string[]).includes(file.type)) throw new AttachmentRefused('unsupported');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const stored = await requestHost('attachment:put', { name: file.name, type: file.type, bytes });
  const existing = await repos.attachments.findBySha256(stored.sha256);
  if (existing !== undefined && existing.name === file.name) return existing;
  return repos.attachments.create({
    sha256: stored.sha256,
    name: file.name,
    type: file.type as AttachmentMeta['type'],
    size: stored.size,
  });
}

/** Reads an attachment's bytes from the host. */
export async function readAttachment(sha256: string): Promise<Uint8Array> {
  return (await requestHost('attachment:get', { sha256 })).bytes;
}
