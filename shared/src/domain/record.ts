import { z } from 'zod';
import { dateTimeSchema } from './validators/dates.ts';

/** A device id: the `createdBy` of records and the device part of HLCs. */
export const deviceIdSchema = z.string({ error: 'invalid' }).regex(/^[A-Za-z0-9_]{1,64}$/, { error: 'invalid' });

/** Fields every stored record carries besides its id. */
export const recordMetaShape = {
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  createdBy: deviceIdSchema,
  /** Tombstone: a deleted record stays, so a delete syncs and can be undone. */
  deleted: z.boolean({ error: 'invalid' }).default(false),
};

/** The names of the common record fields (set by the repositories, never by forms). */
export const recordMetaFields = ['id', 'createdAt', 'updatedAt', 'createdBy', 'deleted'] as const;
