// The words a sheet uses for the app's vocabularies: company kinds, sizes, research fields and
// municipalities. Values are compared after the search normalisation (width, case, kana).
import { municipalities, outsidePrefectureId } from '../master/municipalities.ts';
import type { CompanyKind, CompanySize, ResearchField } from '../master/vocabularies.ts';
import { normalizeForSearch } from '../text/normalize.ts';

const kindWords: Readonly<Record<CompanyKind, readonly string[]>> = {
  ja: ['JA', '農協', '農業協同組合', 'ja'],
  agriCorporation: ['農業法人', '農事組合法人', 'agriCorporation'],
  farmer: ['農業者', '農家', '生産者', '個人農家', 'farmer'],
  foodMaker: ['食品製造業', '食品製造', '食品加工', '食品メーカー', '食品', 'foodMaker'],
  medical: ['医療関連企業', '医療関連', '医療機器', '医療', '医薬品', 'medical'],
  financial: ['金融機関', '銀行', '信用金庫', '信用組合', '金融', 'financial'],
  university: ['大学・研究機関', '大学', '研究機関', '大学等', 'university'],
  publicLab: ['公設試験研究機関', '公設試', '公設試験場', '試験場', 'publicLab'],
};

const sizeWords: Readonly<Record<CompanySize, readonly string[]>> = {
  sme: ['中小企業', '中小', '小規模', '小規模事業者', 'sme'],
  large: ['大企業', '大', 'large'],
};

const fieldWords: Readonly<Record<ResearchField, readonly string[]>> = {
  medical: ['医療', '医療・健康', '健康', 'medical'],
  agriculture: ['農業', '農業・園芸', 'agriculture'],
  food: ['食品', '食', 'food'],
  environment: ['環境', 'environment'],
};

function table<T extends string>(words: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, list] of Object.entries(words) as [T, readonly string[]][]) {
    for (const word of list) map.set(normalizeForSearch(word), code);
  }
  return map;
}

const kinds = table(kindWords);
const sizes = table(sizeWords);
const fields = table(fieldWords);

/** The normalised form a vocabulary value is looked up by (also the key of a user's kind mapping). */
export function vocabularyKey(value: string): string {
  return normalizeForSearch(value);
}

/** The company kind a 業種/種別 cell names, or undefined when the word is not known. */
export function kindOfWord(value: string): CompanyKind | undefined {
  return kinds.get(vocabularyKey(value));
}

/** The company size a 企業規模 cell names, or undefined. */
export function sizeOfWord(value: string): CompanySize | undefined {
  return sizes.get(vocabularyKey(value));
}

/** The research field a 分野 word names, or undefined. */
export function fieldOfWord(value: string): ResearchField | undefined {
  return fields.get(vocabularyKey(value));
}

/** Splits a list cell (「医療、食品」「農業/食品」) into its words. */
export function splitWords(value: string): string[] {
  return value
    .split(/[、,，/／・;；\n]+/u)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

// 「西置賜郡小国町」 and 「小国町」 are the same town; the district is optional.
const withoutDistrict = (name: string) => name.replace(/^[^市町村郡]{1,5}郡/u, '');

/** The municipality id of a 市町村 cell (「鶴岡市」「西置賜郡小国町」「県外」), or undefined. */
export function municipalityOfName(value: string): string | undefined {
  const name = withoutDistrict(
    value
      .normalize('NFKC')
      .replace(/\s/g, '')
      .replace(/^山形県/u, ''),
  );
  if (name === '県外') return outsidePrefectureId;
  return municipalities.find((m) => m.ja === name || m.id === name)?.id;
}

// Longest names first, so that 「山形市」 is not found inside 「東根市…」 by accident of order.
const byLength = [...municipalities].sort((a, b) => b.ja.length - a.ja.length);

/** The Yamagata municipality an address names at its start (after an optional 「山形県」 and district), or undefined. */
export function municipalityOfAddress(address: string): string | undefined {
  const text = address.normalize('NFKC').replace(/\s/g, '');
  const rest = withoutDistrict(text.replace(/^山形県/u, ''));
  return byLength.find((m) => rest.startsWith(m.ja))?.id;
}
