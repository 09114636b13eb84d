// What a column of an imported sheet can stand for, and the Japanese (and a few English) header
// names office spreadsheets use for each. The header of a column is matched after normalising it
// (width, case, spaces, a trailing bracketed note such as 「（必須）」 or 「（万円）」).

/** The fields a column can be mapped to; `note` columns are added to the memo as 「見出し: 値」. */
export const importTargets = [
  'name',
  'nameKana',
  'kind',
  'size',
  'corporateNumber',
  'postalCode',
  'municipality',
  'address',
  'phone',
  'url',
  'fields',
  'tags',
  'notes',
  'representative',
  'contactName',
  'contactKana',
  'contactTitle',
  'contactPhone',
  'contactEmail',
  'capital',
  'employees',
  'founded',
  'needTitle',
  'needField',
  'needDescription',
  'note',
] as const;

/** One import target. */
export type ImportTarget = (typeof importTargets)[number];

/** What one column is mapped to: a target, or nothing. */
export type ColumnTarget = ImportTarget | 'ignore';

/** The mapping of a sheet: one target per column, by column index. */
export type ColumnMapping = readonly ColumnTarget[];

/** Targets every company needs a column for. */
export const requiredTargets: readonly ImportTarget[] = ['name'];

const synonyms: Readonly<Record<ImportTarget, readonly string[]>> = {
  name: [
    '企業名',
    '会社名',
    '事業者名',
    '法人名',
    '名称',
    '団体名',
    '組織名',
    '社名',
    '事業所名',
    '企業・団体名',
    '屋号',
    'company',
    'name',
  ],
  nameKana: [
    'フリガナ',
    'ふりがな',
    'よみ',
    '読み',
    'よみがな',
    '読みがな',
    'カナ',
    'かな',
    '企業名フリガナ',
    '会社名フリガナ',
    '企業名カナ',
    '会社名カナ',
    '企業名よみ',
    '会社名よみ',
    '事業者名フリガナ',
    'kana',
  ],
  kind: ['業種', '種別', '業態', '区分', '分類', '企業種別', '業種区分', 'kind'],
  size: ['企業規模', '規模', 'size'],
  corporateNumber: ['法人番号', 'corporate number'],
  postalCode: ['郵便番号', '〒', '郵便', '〒番号', 'zip', 'postal code'],
  municipality: ['市町村', '市町村名', '市区町村', '市区町村名'],
  address: ['住所', '所在地', '本社所在地', '本社住所', '住所1', 'address'],
  phone: ['電話', '電話番号', 'tel', 'tel.', '代表電話', '代表電話番号', 'phone'],
  url: ['url', 'ホームページ', 'hp', 'ウェブサイト', 'webサイト', 'web', 'website'],
  fields: ['分野', '対象分野', '関心分野', 'fields'],
  tags: ['タグ', 'キーワード', 'tags'],
  notes: ['備考', 'メモ', '特記事項', '摘要', 'notes'],
  representative: ['代表者', '代表者名', '代表者氏名', '代表'],
  contactName: ['担当者', '担当者名', '担当者氏名', 'ご担当者', 'ご担当者名', '担当', 'contact'],
  contactKana: ['担当者フリガナ', '担当者よみ', '担当者カナ', '担当者ふりがな'],
  contactTitle: ['役職', '担当者役職', '肩書', '肩書き'],
  contactPhone: ['担当者電話', '担当者電話番号', '担当者tel', '携帯', '携帯電話', '携帯番号'],
  contactEmail: ['メール', 'メールアドレス', 'e-mail', 'email', 'mail', '担当者メール', '担当者メールアドレス'],
  capital: ['資本金'],
  employees: ['従業員数', '従業員', '社員数', '従業者数'],
  founded: ['設立', '設立年月日', '設立日', '設立年', '創業', '創業年月日'],
  needTitle: ['ニーズ', '企業ニーズ', 'ニーズ名', '相談内容', '課題'],
  needField: ['ニーズ分野', 'ニーズの分野'],
  needDescription: ['ニーズ詳細', 'ニーズの内容', 'ニーズ内容'],
  note: [],
};

/** A header as it is matched: NFKC, lower case, no spaces or marks, without a trailing bracketed note. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*※:：「」]/g, '')
    .replace(/[(（【［[][^)）】］\]]*[)）】］\]]$/u, '');
}

const byHeader = new Map<string, ImportTarget>();
for (const target of importTargets) {
  for (const name of synonyms[target]) byHeader.set(normalizeHeader(name), target);
}

/** The target a header name is known to mean, or undefined. */
export function targetOfHeader(header: string): ImportTarget | undefined {
  return byHeader.get(normalizeHeader(header));
}

/** Targets that may be chosen for several columns at once. */
export const repeatableTargets: readonly ImportTarget[] = ['note'];

/** A first mapping from the headers: each known header once (a second column of the same meaning is left out). */
export function guessMapping(headers: readonly string[]): ColumnTarget[] {
  const taken = new Set<ImportTarget>();
  return headers.map((header) => {
    const target = targetOfHeader(header);
    if (target === undefined || (taken.has(target) && !repeatableTargets.includes(target))) return 'ignore';
    taken.add(target);
    return target;
  });
}

/** The key under which a mapping is remembered: the sheet's normalised headers, in order. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normalizeHeader).join('\u001f');
}

/** Whether a value read back from storage is a mapping for this many columns. */
export function isColumnMapping(value: unknown, columns: number): value is ColumnTarget[] {
  return (
    Array.isArray(value) &&
    value.length === columns &&
    value.every((item) => item === 'ignore' || (importTargets as readonly unknown[]).includes(item))
  );
}

/** The header names recognised for each target (for docs and the mapping screen's hints). */
export function headerNamesOf(target: ImportTarget): readonly string[] {
  return synonyms[target];
}
