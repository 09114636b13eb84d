import type { PostalPlace } from '#shared/master/postalCodes';
import { requestHost } from '../../host/host.ts';

/**
 * Looks postal codes up in Japan Post's data through main, a few at a time; a code the lookup
 * fails for has no places (the prefix rule still applies).
 */
export async function lookupPostalCodes(
  codes: readonly string[],
  known: Readonly<Record<string, readonly PostalPlace[]>>,
  onProgress: (done: number, total: number) => void,
): Promise<Record<string, readonly PostalPlace[]>> {
  const found: Record<string, readonly PostalPlace[]> = { ...known };
  const missing = codes.filter((code) => found[code] === undefined);
  let done = 0;
  const worker = async () => {
    for (let code = missing.pop(); code !== undefined; code = missing.pop()) {
      try {
        found[code] = (await requestHost('postal:lookup', { code })).places;
      } catch {
        found[code] = [];
      }
      done += 1;
      if (done % 20 === 0) onProgress(done, done + missing.length);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return found;
}
