import { z } from 'zod';
import { fiscalYearOf as fiscalYearOfDay } from '../../text/japaneseDate.ts';

/** A calendar date `YYYY-MM-DD` (checked against the calendar). */
export const dateSchema = z.iso.date({ error: 'date' });

/** A calendar date or '' for "not set". */
export const optionalDateSchema = z.union([z.literal(''), dateSchema], { error: 'date' });

/** A time of day `HH:MM` or '' for "not set". */
export const optionalTimeSchema = z
  .string({ error: 'time' })
  .refine((value) => value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { error: 'time' });

/** An instant as an ISO 8601 string in UTC (`2026-04-01T09:00:00.000Z`). */
export const dateTimeSchema = z.iso.datetime({ error: 'dateTime' });

/** The fiscal year (年度, April–March) a date belongs to, as the calendar year it starts in (the shared rule of `text/japaneseDate`). */
export function fiscalYearOf(date: string): number {
  return fiscalYearOfDay(date);
}

/** A fiscal year, e.g. 2012 for 平成24年度 (April 2012 – March 2013). */
export const fiscalYearSchema = z
  .number({ error: 'fiscalYear' })
  .int({ error: 'fiscalYear' })
  .min(1989, { error: 'fiscalYear' })
  .max(2200, { error: 'fiscalYear' });
