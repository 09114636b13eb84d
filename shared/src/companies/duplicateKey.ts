import { normalizeForSearch } from '../text/normalize.ts';

/** The fields of a company that decide whether two records are the same company. */
export type DuplicateKeyFields = Readonly<{ name: string; corporateNumber: string; municipality: string }>;

// Legal-form words and their abbreviations, as written before or after a Japanese company name.
const legalForms = [
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '一般社団法人',
  '公益社団法人',
  '一般財団法人',
  '公益財団法人',
  '社会福祉法人',
  '医療法人',
  '(株)',
  '(有)',
  '(同)',
  '㈱',
  '㈲',
].map(normalizeForSearch);

/**
 * A company name for comparison: normalised as for search (width, kana, case), without legal-form
 * words such as 株式会社 or (株) and without spaces, so ｻﾝﾌﾟﾙ醸造(株) and 株式会社 サンプル醸造 agree.
 */
export function normalizeCompanyName(name: string): string {
  let folded = normalizeForSearch(name);
  for (const form of legalForms) folded = folded.split(form).join('');
  return folded.replace(/\s/g, '');
}

/**
 * The keys under which a company counts as a duplicate of another: `corp:<法人番号>` when it has a
 * corporate number, and `name:<normalised name>|<municipality>` when its name is not empty. Two
 * companies are duplicates when they share any key (the rule of both the company form and the import).
 */
export function companyDuplicateKeys(company: DuplicateKeyFields): string[] {
  const keys: string[] = [];
  const number = company.corporateNumber.trim();
  if (number !== '') keys.push(`corp:${number}`);
  const name = normalizeCompanyName(company.name);
  if (name !== '') keys.push(`name:${name}|${company.municipality}`);
  return keys;
}

/** The companies among `others` that `company` duplicates (records with the same id excluded). */
export function findDuplicateCompanies<T extends DuplicateKeyFields & Readonly<{ id: string }>>(
  company: DuplicateKeyFields & Readonly<{ id?: string }>,
  others: readonly T[],
): T[] {
  const keys = new Set(companyDuplicateKeys(company));
  if (keys.size === 0) return [];
  return others.filter((other) => other.id !== company.id && companyDuplicateKeys(other).some((key) => keys.has(key)));
}
