// What a postal code says about where a company is. The places come from Japan Post's data
// through main (`postal:lookup`); the prefix rule covers codes that data does not list, such as a
// large office's own code: Yamagata's postal codes are exactly those starting 990–999.
import { normalizePostalCode, isPostalCode } from '../domain/validators/postalCode.ts';
import { municipalities, outsidePrefectureId } from './municipalities.ts';

/** Where a postal code lies by its prefix: in Yamagata prefecture, outside it, or unknown (incomplete code). */
export type PostalArea = 'yamagata' | 'outside' | 'unknown';

/** The area of a postal code as typed (normalised first). */
export function postalArea(value: string): PostalArea {
  const code = normalizePostalCode(value);
  if (!isPostalCode(code)) return 'unknown';
  const prefix = Number(code.slice(0, 3));
  return prefix >= 990 && prefix <= 999 ? 'yamagata' : 'outside';
}

/** One place a postal code stands for in Japan Post's data. */
export type PostalPlace = Readonly<{
  /** JIS X 0401 prefecture code, e.g. `06`. */
  prefectureCode: string;
  prefecture: string;
  /** Local-government code without check digit (JIS X 0402), e.g. `06201`. */
  municipalityCode: string;
  /** As written in an address, with the district for towns and villages (西置賜郡小国町). */
  municipality: string;
  /** The town area (町域); empty when the code covers the whole municipality. */
  town: string;
}>;

/** What the company form can fill from a postal code's places. */
export type PostalFill =
  | Readonly<{ kind: 'place'; municipality: string; address: string }>
  | Readonly<{ kind: 'several' }>
  | Readonly<{ kind: 'none' }>;

/**
 * The municipality (a master id, or `outside`) and the address beginning (prefecture,
 * municipality, town) a postal code fills; `several` when its places lie in different
 * municipalities, `none` when the data lists none.
 */
export function postalFill(places: readonly PostalPlace[]): PostalFill {
  const first = places[0];
  if (first === undefined) return { kind: 'none' };
  if (places.some((place) => place.municipalityCode !== first.municipalityCode)) return { kind: 'several' };
  const known = municipalities.some((m) => m.id === first.municipalityCode);
  const town = places.length === 1 ? first.town : '';
  return {
    kind: 'place',
    municipality: known ? first.municipalityCode : outsidePrefectureId,
    address: `${first.prefecture}${first.municipality}${town}`,
  };
}
