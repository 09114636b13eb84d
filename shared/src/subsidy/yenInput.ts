/**
 * Reads a yen amount as typed: full-width digits and commas (１，５００，０００) are normalised;
 * anything that is not a whole number of yen (a fraction, a sign, letters) gives NaN, which the
 * schema then refuses with a message naming the field. '' gives null (not entered).
 */
export function parseYenInput(text: string): number | null {
  const normalised = text
    .normalize('NFKC')
    .replace(/[,\s円]/g, '')
    .trim();
  if (normalised === '') return null;
  return /^\d+$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** Reads a rate typed as "2/3" (full-width allowed) into a fraction; null when it is not one. */
export function parseRateInput(text: string): { numerator: number; denominator: number } | null {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text.normalize('NFKC'));
  if (match === null) return null;
  return { numerator: Number(match[1]), denominator: Number(match[2]) };
}
