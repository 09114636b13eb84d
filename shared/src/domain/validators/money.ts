import { z } from 'zod';

/** A whole, non-negative amount of yen (no fractions of a yen, nothing negative). */
export const yenSchema = z
  .number({ error: 'number' })
  .int({ error: 'number' })
  .min(0, { error: 'number' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'number' });
