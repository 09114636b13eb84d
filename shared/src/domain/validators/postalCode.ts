import { z } from 'zod';

// NFKC turns full-width digits and the full-width hyphen into ASCII; these dashes it leaves alone.
const dashes = /[‐‑‒–—―−ー－ｰ]/g;

/** Normalises a Japanese postal code as typed: full-width digits, other dashes, 〒 and spaces. */
export function normalizePostalCode(value: string): string {
  const ascii = value
    .normalize('NFKC')
    .replace(dashes, '-')
    .replace(/[〒\s]/g, '');
  return /^\d{7}$/.test(ascii) ? `${ascii.slice(0, 3)}-${ascii.slice(3)}` : ascii;
}

/** Whether a value is a postal code in the stored form `123-4567`. */
export function isPostalCode(value: string): boolean {
  return /^\d{3}-\d{4}$/.test(value);
}

/** A Japanese postal code; input is normalised first, an empty string means "not given". */
export const postalCodeSchema = z
  .string({ error: 'postalCode' })
  .transform(normalizePostalCode)
  .refine((value) => value === '' || isPostalCode(value), { error: 'postalCode' });
