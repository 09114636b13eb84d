import { describe, expect, it } from 'vitest';
import type { Company } from '#shared/domain/company';
import { corporateNumberCheckDigit } from '#shared/domain/validators/corporateNumber';
import { excelSerialToIso, parseCount, parseDateCell, cellText } from '#shared/import/cellText';
import { duplicateKeys, nameKey } from '#shared/import/duplicateKeys';
import { guessMapping, headerSignature, normalizeHeader, targetOfHeader } from '#shared/import/importFields';
import { issueMessage } from '#shared/import/importIssues';
import { planImport } from '#shared/import/importPlan';
import { importRow, type SheetTable } from '#shared/import/importRow';
import { kindOfWord, municipalityOfAddress, municipalityOfName } from '#shared/import/importVocabulary';

const valid = (base12: string) => `${corporateNumberCheckDigit(base12)}${base12}`;
const good = valid('700110005901');
const wrongCheck = `${(corporateNumberCheckDigit('700110005901') + 1) % 10}700110005901`;

describe('header names', () => {
  it.each([
    ['企業名', 'name'],
    ['会社名', 'name'],
    ['事業者名', 'name'],
    ['企業名（必須）', 'name'],
    ['フリガナ', 'nameKana'],
    ['ﾌﾘｶﾞﾅ', 'nameKana'],
    ['よみ', 'nameKana'],
    ['カナ', 'nameKana'],
    ['〒', 'postalCode'],
    ['郵便番号', 'postalCode'],
    ['所在地', 'address'],
    ['住所', 'address'],
    ['TEL', 'phone'],
    ['電話番号', 'phone'],
    ['法人番号', 'corporateNumber'],
    ['業種', 'kind'],
    ['種別', 'kind'],
    ['代表者', 'representative'],
    ['担当者', 'contactName'],
    ['メールアドレス', 'contactEmail'],
    ['E-mail', 'contactEmail'],
    ['資本金（万円）', 'capital'],
    ['従業員数', 'employees'],
    ['備考', 'notes'],
    ['設立年月日', 'founded'],
    ['ニーズ', 'needTitle'],
  ] as const)('%s → %s', (header, target) => {
    expect(targetOfHeader(header)).toBe(target);
  });

  it('leaves unknown headers and a second column of the same meaning out', () => {
    expect(guessMapping(['会社名', '企業名', 'FAX', 'よみ'])).toEqual(['name', 'ignore', 'ignore', 'nameKana']);
  });

  it('remembers a mapping under the normalised headers', () => {
    expect(headerSignature(['企業名 ', 'ＴＥＬ'])).toBe(headerSignature(['企業名', 'tel']));
    expect(normalizeHeader(' 企業名（必須） ')).toBe('企業名');
  });
});

describe('cells', () => {
  it.each([
    ['2001-04-01', '2001-04-01'],
    ['2001/4/1', '2001-04-01'],
    ['2001年4月1日', '2001-04-01'],
    ['平成13年4月1日', '2001-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['H13.4.1', '2001-04-01'],
    ['43586', '2019-05-01'],
    ['36982', '2001-04-01'],
    ['2001-02-30', undefined],
    ['そのうち', undefined],
  ])('date %s → %s', (text, iso) => {
    expect(parseDateCell(text)).toBe(iso);
  });

  it('reads Excel serials across the phantom 1900-02-29', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
  });

  it.each([
    ['１２０人', 120],
    ['1,200名', 1200],
    ['約100', undefined],
  ])('count %s → %s', (text, count) => {
    expect(parseCount(text)).toBe(count);
  });

  it('keeps formula-looking text as text, removing only the export guard apostrophe', () => {
    expect(cellText('\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(cellText('=1+2')).toBe('=1+2');
    expect(cellText(' a\r\nb ')).toBe('a\nb');
  });
});

describe('vocabularies', () => {
  it.each([
    ['JA', 'ja'],
    ['農協', 'ja'],
    ['ＪＡ', 'ja'],
    ['食品製造業', 'foodMaker'],
    ['信用金庫', 'financial'],
    ['公設試', 'publicLab'],
    ['果樹園', undefined],
  ])('kind %s → %s', (word, kind) => {
    expect(kindOfWord(word)).toBe(kind);
  });

  it.each([
    ['鶴岡市', '06203'],
    ['西置賜郡小国町', '06401'],
    ['小国町', '06401'],
    ['県外', 'outside'],
    ['仙台市', undefined],
  ])('municipality %s → %s', (name, id) => {
    expect(municipalityOfName(name)).toBe(id);
  });

  it.each([
    ['山形県鶴岡市馬場町9-22', '06203'],
    ['西置賜郡小国町大字小国', '06401'],
    ['山形市松波2-8-1', '06201'],
    ['東京都千代田区', undefined],
  ])('address %s → %s', (address, id) => {
    expect(municipalityOfAddress(address)).toBe(id);
  });
});

describe('duplicate keys', () => {
  it('ignores the legal form, width and spacing of a name', () => {
    expect(nameKey('㈱髙橋食品')).toBe(nameKey('髙橋食品株式会社'));
    expect(nameKey('ﾃﾞﾜ ﾌｧｰﾑ')).toBe(nameKey('デワファーム'));
    expect(nameKey('出羽食品')).not.toBe(nameKey('出羽商事'));
  });

  it('keys by 法人番号 and by name + municipality', () => {
    expect(duplicateKeys({ name: '出羽食品', corporateNumber: good, municipality: '06203' })).toEqual([
      `corporateNumber:${good}`,
      `name:${nameKey('出羽食品')}\u001f06203`,
    ]);
  });
});

const headers = [
  '企業名',
  'フリガナ',
  '郵便番号',
  '住所',
  '電話',
  '法人番号',
  '業種',
  '担当者',
  'メール',
  '資本金',
  '従業員数',
];
const table = (...rows: string[][]): SheetTable => ({
  headers,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});
const mapping = guessMapping(headers);

describe('one row', () => {
  it('normalises as the company form does', () => {
    const read = importRow(
      table(),
      {
        row: 2,
        cells: [
          '出羽食品',
          'ﾃﾞﾜｼｮｸﾋﾝ',
          '９９７００３５',
          '',
          '０２３５－２２－００００',
          good,
          '食品',
          '山田 花子',
          'hanako@example.jp',
          '1000万円',
          '１２人',
        ],
      },
      mapping,
      {
        postalPlaces: {
          '997-0035': [
            {
              prefectureCode: '06',
              prefecture: '山形県',
              municipalityCode: '06203',
              municipality: '鶴岡市',
              town: '馬場町',
            },
          ],
        },
      },
    );
    expect(read.errors).toEqual([]);
    expect(read.company).toMatchObject({
      name: '出羽食品',
      nameKana: 'でわしょくひん',
      postalCode: '997-0035',
      municipality: '06203',
      address: '山形県鶴岡市馬場町',
      phone: '0235-22-0000',
      corporateNumber: good,
      kind: 'foodMaker',
      notes: '資本金: 1000万円\n従業員数: 12',
      contacts: [{ name: '山田 花子', email: 'hanako@example.jp' }],
    });
  });

  const cases: [string, string[], { column: string; code: string }[]][] = [
    ['a missing 企業名', ['', '', '', '', '', '', 'JA', '', '', '', ''], [{ column: '企業名', code: 'required' }]],
    [
      'a wrong check digit',
      ['A社', '', '', '', '', wrongCheck, 'JA', '', '', '', ''],
      [{ column: '法人番号', code: 'corporateNumber' }],
    ],
    [
      'a malformed 郵便番号',
      ['A社', '', '99-70035', '', '', '', 'JA', '', '', '', ''],
      [{ column: '郵便番号', code: 'postalCode' }],
    ],
    [
      'an unknown 業種',
      ['A社', '', '', '', '', '', '果樹園', '', '', '', ''],
      [{ column: '業種', code: 'unknownKind' }],
    ],
    ['an empty 業種', ['A社', '', '', '', '', '', '', '', '', '', ''], [{ column: '業種', code: 'missingKind' }]],
    [
      'a value too long',
      ['長'.repeat(201), '', '', '', '', '', 'JA', '', '', '', ''],
      [{ column: '企業名', code: 'tooLong' }],
    ],
    [
      'a bad e-mail',
      ['A社', '', '', '', '', '', 'JA', '山田', 'yamada@', '', ''],
      [{ column: 'メール', code: 'email' }],
    ],
    [
      'an e-mail without a contact',
      ['A社', '', '', '', '', '', 'JA', '', 'a@example.jp', '', ''],
      [{ column: 'メール', code: 'contactName' }],
    ],
    [
      'a count that is no number',
      ['A社', '', '', '', '', '', 'JA', '', '', '', '多数'],
      [{ column: '従業員数', code: 'number' }],
    ],
  ];
  it.each(cases)('names %s by row and column', (_name, cells, expected) => {
    const read = importRow(table(cells), { row: 7, cells }, mapping);
    expect(read.errors.map(({ column, code }) => ({ column, code }))).toEqual(expected);
    expect(read.errors.every((error) => error.row === 7)).toBe(true);
  });

  it('takes a kind the user mapped for an unknown word', () => {
    const cells = ['A社', '', '', '', '', '', '果樹園', '', '', '', ''];
    expect(importRow(table(cells), { row: 2, cells }, mapping, { kindMap: { 果樹園: 'farmer' } }).company.kind).toBe(
      'farmer',
    );
  });

  it('says where and what in a message', () => {
    const cells = ['A社', '', '99-70035', '', '', '', 'JA', '', '', '', ''];
    const [issue] = importRow(table(cells), { row: 4, cells }, mapping).errors;
    expect(issueMessage(issue!, 'ja')).toBe('4行目「郵便番号」：郵便番号は「123-4567」の形で入力してください。');
    expect(issueMessage(issue!, 'en')).toMatch(/^Row 4, “郵便番号”: /);
  });
});

const existing = (fields: Partial<Company>): Company =>
  ({
    id: '01J00000000000000000000000',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'dev',
    deleted: false,
    name: '出羽食品',
    nameKana: '',
    kind: 'foodMaker',
    size: 'sme',
    corporateNumber: '',
    postalCode: '',
    municipality: '06203',
    region: 'shonai',
    address: '',
    phone: '',
    url: '',
    fields: [],
    tags: [],
    notes: '',
    contacts: [],
    ...fields,
  }) as Company;

describe('the plan', () => {
  const row = (name: string, extra: Partial<Record<number, string>> = {}) => {
    const cells = [name, '', '', '山形県鶴岡市馬場町', '', '', '食品', '', '', '', ''];
    for (const [i, v] of Object.entries(extra)) cells[Number(i)] = v ?? '';
    return cells;
  };

  it('finds duplicates within the file and skips them by default', () => {
    const plan = planImport(table(row('㈱出羽食品'), row('出羽商事'), row('出羽食品株式会社')), mapping);
    expect(plan.rows.map((r) => [r.row, r.action, r.duplicateOfRow])).toEqual([
      [2, 'new', null],
      [3, 'new', null],
      [4, 'skip', 2],
    ]);
    expect(plan.counts).toMatchObject({ rows: 3, valid: 3, create: 2, skip: 1 });
  });

  it('matches an existing company by 法人番号 even under another name, and shows what an update changes', () => {
    const plan = planImport(table(row('でわ食品', { 5: good, 4: '0235-22-0000' })), mapping, {
      existing: [existing({ corporateNumber: good, name: '出羽食品', phone: '0235-11-1111' })],
      decisions: { 2: 'update' },
    });
    const [planned] = plan.rows;
    expect(planned?.existing?.name).toBe('出羽食品');
    expect(planned?.action).toBe('update');
    expect(planned?.changes).toEqual([
      { field: 'name', before: '出羽食品', after: 'でわ食品' },
      { field: 'address', before: '', after: '山形県鶴岡市馬場町' },
      { field: 'phone', before: '0235-11-1111', after: '0235-22-0000' },
    ]);
  });

  it('matches by name and municipality, not by name alone', () => {
    const other = existing({ municipality: '06201' });
    expect(planImport(table(row('出羽食品')), mapping, { existing: [other] }).rows[0]?.existing).toBeNull();
    expect(planImport(table(row('出羽食品')), mapping, { existing: [existing({})] }).rows[0]?.existing).not.toBeNull();
  });

  it('names a missing required column on the header row and imports nothing', () => {
    const plan = planImport(
      table(row('出羽食品')),
      mapping.map((t) => (t === 'name' ? 'ignore' : t)),
    );
    expect(plan.errors[0]).toMatchObject({ row: 1, code: 'missingColumn' });
    expect(issueMessage(plan.errors[0]!, 'ja')).toContain('企業名の列がありません');
    expect(plan.counts.valid).toBe(0);
  });

  it('lists unknown kinds for the user to map', () => {
    expect(planImport(table(row('A社', { 6: '果樹園' }), row('B社', { 6: '' })), mapping).unknownKinds).toEqual([
      '果樹園',
      '',
    ]);
  });
});
