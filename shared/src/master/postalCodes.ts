// What a postal code says about where a company is. Only the prefecture is derived: Yamagata's
// postal codes are exactly those starting 990–999, while a three-digit prefix spans several
// municipalities and no verified postal-code table is bundled, so the municipality is left to
// the user (see docs/screens.md).
import { normalizePostalCode, isPostalCode } from '../domain/validators/postalCode.ts';

/** Where a postal code lies: in Yamagata prefecture, outside it, or unknown (incomplete code). */
export type PostalArea = 'yamagata' | 'outside' | 'unknown';

/** The area of a postal code as typed (normalised first). */
export function postalArea(value: string): PostalArea {
  const code = normalizePostalCode(value);
  if (!isPostalCode(code)) return 'unknown';
  const prefix = Number(code.slice(0, 3));
  return prefix >= 990 && prefix <= 999 ? 'yamagata' : 'outside';
}
