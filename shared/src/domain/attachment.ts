import { z } from 'zod';
import { attachmentIdSchema } from './ids.ts';
import { recordMetaShape } from './record.ts';
import { requiredText } from './validators/text.ts';

/** Largest attachment accepted, in bytes (25 MB). */
export const maxAttachmentBytes = 25 * 1024 * 1024;

/** File types an attachment may have: photos and office documents a coordinator brings back. */
export const allowedAttachmentTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
] as const;

/** A SHA-256 digest as 64 lowercase hex characters. */
export const sha256HexSchema = z.string({ error: 'hash' }).regex(/^[0-9a-f]{64}$/, { error: 'hash' });

/** The fields of an attachment's metadata; the bytes live in the main process's store. */
export const attachmentFieldsShape = {
  sha256: sha256HexSchema,
  name: requiredText(255),
  type: z.enum(allowedAttachmentTypes, { error: 'invalidChoice' }),
  size: z
    .number({ error: 'number' })
    .int({ error: 'number' })
    .min(0, { error: 'number' })
    .max(maxAttachmentBytes, { error: 'tooLong' }),
};

/** Attachment metadata as created after the bytes were stored. */
export const attachmentInputSchema = z.object(attachmentFieldsShape);
/** A stored attachment's metadata. */
export const attachmentSchema = z.object({ id: attachmentIdSchema, ...recordMetaShape, ...attachmentFieldsShape });
/** Attachment metadata. */
export type AttachmentMeta = z.infer<typeof attachmentSchema>;
/** Attachment metadata as created. */
export type AttachmentInput = z.input<typeof attachmentInputSchema>;
