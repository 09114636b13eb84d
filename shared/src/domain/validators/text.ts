import { z } from 'zod';

/** A required single-line text: trimmed, not empty, at most `max` characters. */
export function requiredText(max = 200) {
  return z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
}

/** An optional text ('' when not given), at most `max` characters. */
export function optionalText(max = 2000) {
  return z.string({ error: 'invalid' }).trim().max(max, { error: 'tooLong' }).default('');
}

/** A list of short tags or keywords, trimmed, empties dropped. */
export const keywordListSchema = z
  .array(z.string({ error: 'invalid' }).trim().max(100, { error: 'tooLong' }), { error: 'invalid' })
  .transform((list) => [...new Set(list.filter((item) => item !== ''))])
  .default([]);
