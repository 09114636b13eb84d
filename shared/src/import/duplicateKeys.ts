// When two companies are the same: the same 法人番号, or the same normalised name in the same
// municipality. Names are compared without width, case, kana or spacing differences and without
// the legal form (株式会社, (株), ㈱, 有限会社 …), which people write or leave out at will.
import { normalizeForSearch } from '../text/normalize.ts';

const legalForms = /株式会社|有限会社|合同会社|合資会社|合名会社|\((株|有|同|資|名)\)/gu;

/** A company name as duplicates compare it. */
export function nameKey(name: string): string {
  return normalizeForSearch(name).replace(legalForms, '').replace(/\s/g, '');
}

/** What the duplicate keys are computed from. */
export type DuplicateSubject = Readonly<{ name: string; corporateNumber: string; municipality: string }>;

/** The keys under which a company is a duplicate of another: its 法人番号 (when given) and name + municipality. */
export function duplicateKeys(company: DuplicateSubject): string[] {
  const keys: string[] = [];
  const number = company.corporateNumber.normalize('NFKC').replace(/[\s-]/g, '');
  if (number !== '') keys.push(`corporateNumber:${number}`);
  const name = nameKey(company.name);
  if (name !== '') keys.push(`name:${name}\u001f${company.municipality}`);
  return keys;
}

/** An index of companies by their duplicate keys; the first company given a key keeps it. */
export function indexByKeys<T>(items: readonly T[], subject: (item: T) => DuplicateSubject): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    for (const key of duplicateKeys(subject(item))) if (!index.has(key)) index.set(key, item);
  }
  return index;
}

/** The first indexed company sharing a key with this one (法人番号 first), or undefined. */
export function findDuplicate<T>(index: ReadonlyMap<string, T>, company: DuplicateSubject): T | undefined {
  for (const key of duplicateKeys(company)) {
    const found = index.get(key);
    if (found !== undefined) return found;
  }
  return undefined;
}
