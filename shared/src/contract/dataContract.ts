import { z } from 'zod';
import { allowedAttachmentTypes } from '../domain/attachment.ts';
import { snapshotTableNames } from '../domain/snapshot.ts';

const bytes = z.instanceof(Uint8Array);

/** The largest exported file main writes (a workbook of 100,000 visits is about 10 MB). */
export const maxExportBytes = 200 * 1024 * 1024;
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const report = z.record(z.enum(snapshotTableNames), z.number().int().min(0));
// Attachments whose bytes were damaged and so left out, by the file name the user gave them.
const damaged = z.array(z.object({ name: z.string(), sha256 }));

const postalPlace = z.object({
  prefectureCode: z.string(),
  prefecture: z.string(),
  municipalityCode: z.string(),
  municipality: z.string(),
  town: z.string(),
});

/** Channels of the data layer: attachment bytes, backups and postal codes. Binary data travels as Uint8Array. */
export const dataContract = {
  /** The places a postal code stands for in Japan Post's data (empty when it lists none). */
  'postal:lookup': {
    input: z.object({ code: z.string().max(20) }),
    output: z.object({ places: z.array(postalPlace) }),
  },
  /** Stores an attachment's bytes in the main process (size and type checked first). */
  'attachment:put': {
    input: z.object({ name: z.string().min(1).max(255), type: z.string().max(200), bytes }),
    output: z.object({ sha256, size: z.number().int().min(0) }),
  },
  /** Reads an attachment's bytes by content hash; `invalid-file` when they are damaged on disk (then set aside). */
  'attachment:get': {
    input: z.object({ sha256 }),
    output: z.object({ bytes }),
  },
  /**
   * Opens an attachment of the store in the system viewer: main checks the bytes against their hash
   * and their declared type, copies them to a temp file named after `name` with the type's extension,
   * and opens only that copy.
   */
  'attachment:open': {
    input: z.object({ sha256, name: z.string().min(1).max(255), type: z.enum(allowedAttachmentTypes) }),
    output: z.object({ opened: z.literal(true) }),
  },
  /** Which of these attachment hashes have no bytes in the main process (sync downloads those). */
  'attachment:missing': {
    input: z.object({ sha256s: z.array(sha256).max(1_000_000) }),
    output: z.object({ missing: z.array(sha256) }),
  },
  /** Stores downloaded attachment bytes; refused when they do not hash to `sha256`. */
  'attachment:put-verified': {
    input: z.object({ sha256, bytes }),
    output: z.object({ stored: z.literal(true) }),
  },
  /**
   * Asks where to save, then writes a backup of the snapshot (UTF-8 JSON) plus attachment bytes,
   * verified by reading it back; damaged attachments are left out and named.
   */
  'backup:export': {
    input: z.object({ snapshot: bytes, suggestedName: z.string().min(1).max(200) }),
    output: z.object({ path: z.string(), bytes: z.number().int(), attachments: z.number().int(), damaged }),
  },
  /**
   * Asks which file to restore, checks all of it, stores its attachments and returns the snapshot to
   * put back; attachments damaged inside the file are not stored and are named.
   */
  'backup:restore': {
    input: z.undefined(),
    output: z.object({ path: z.string(), snapshot: bytes, report, attachments: z.number().int(), damaged }),
  },
  /**
   * Asks where to save an exported list (the save dialog, filtered to the file's kind) and writes
   * the bytes there; the page names only the file, never a folder.
   */
  'export:save': {
    input: z
      .object({
        fileName: z
          .string()
          .min(5)
          .max(200)
          .regex(/^[^/\\\0:*?"<>|]+\.(xlsx|csv)$/, 'a file name ending in .xlsx or .csv, without folders'),
        bytes: bytes.refine((value) => value.byteLength <= maxExportBytes, 'at most 200 MB'),
      })
      .strict(),
    /** The saved file's path, or null when the user cancelled the save dialog. */
    output: z.object({ path: z.string().nullable() }),
  },
  /** Whether today's automatic backup is still due. */
  'backup:autoStatus': {
    input: z.undefined(),
    output: z.object({ due: z.boolean(), latest: z.string().nullable() }),
  },
  /** Writes the automatic daily backup into user data (at most one a day, verified, the newest 7 kept). */
  'backup:auto': {
    input: z.object({ snapshot: bytes }),
    output: z.object({ written: z.boolean(), path: z.string().nullable(), damaged }),
  },
} as const;
