import { z } from 'zod';

/** Whether a value (after NFKC) looks like a Japanese or international phone number. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s()-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '');
  return value.startsWith('+') ? digits.length >= 8 && digits.length <= 15 : /^0\d{9,10}$/.test(digits);
}

/** A phone number (full-width input accepted); '' means "not given". */
export const phoneSchema = z
  .string({ error: 'phone' })
  .transform((value) => value.normalize('NFKC').trim())
  .refine((value) => value === '' || isPhoneNumber(value), { error: 'phone' });

/** An e-mail address; '' means "not given". */
export const emailSchema = z
  .string({ error: 'email' })
  .transform((value) => value.normalize('NFKC').trim())
  .pipe(z.union([z.literal(''), z.email({ error: 'email' })]));

/** A web address (http or https only); '' means "not given". */
export const urlSchema = z
  .string({ error: 'url' })
  .transform((value) => value.trim())
  .pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'url' })]));
