import { z } from 'zod';

/**
 * The check digit of a 法人番号 (the first of its 13 digits), computed from the other twelve as
 * the National Tax Agency defines it: 9 − (Σ Pn·Qn mod 9), Pn counted from the right, Qn = 1 or 2.
 */
export function corporateNumberCheckDigit(base12: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) {
    const digit = Number(base12[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** Whether a string is a 13-digit 法人番号 with a correct check digit. */
export function isCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return Number(value[0]) === corporateNumberCheckDigit(value.slice(1));
}

/** A 法人番号; full-width digits, spaces and hyphens are removed first; '' means "not given". */
export const corporateNumberSchema = z
  .string({ error: 'corporateNumber' })
  .transform((value) => value.normalize('NFKC').replace(/[\s-]/g, ''))
  .refine((value) => value === '' || isCorporateNumber(value), { error: 'corporateNumber' });
