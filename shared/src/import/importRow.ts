// One spreadsheet row → the company (with contacts and an optional need) it stands for, normalised
// as the company form does and checked with the company schema; every problem is named by the
// sheet's row number and the column's own header text.
import { companyInputSchema, type CompanyInput } from '../domain/company.ts';
import { needInputSchema } from '../domain/need.ts';
import { toFieldIssues } from '../domain/validationError.ts';
import { normalizePostalCode, isPostalCode } from '../domain/validators/postalCode.ts';
import { outsidePrefectureId } from '../master/municipalities.ts';
import { postalArea, postalFill, type PostalPlace } from '../master/postalCodes.ts';
import type { CompanyKind, ResearchField } from '../master/vocabularies.ts';
import { katakanaToHiragana } from '../text/normalize.ts';
import { cellText, isAmount, parseCount, parseDateCell } from './cellText.ts';
import type { ColumnMapping, ImportTarget } from './importFields.ts';
import { importIssue, type ImportIssue, type ImportIssueCode } from './importIssues.ts';
import {
  fieldOfWord,
  kindOfWord,
  municipalityOfAddress,
  municipalityOfName,
  sizeOfWord,
  splitWords,
  vocabularyKey,
} from './importVocabulary.ts';

/** One data row of a sheet: its row number as the spreadsheet shows it (header = 1) and its cells as text. */
export type SheetRow = Readonly<{ row: number; cells: readonly string[] }>;

/** The header row and data rows of a sheet. */
export type SheetTable = Readonly<{ headers: readonly string[]; rows: readonly SheetRow[] }>;

/** What the user told the import beyond the column mapping. */
export type ImportOptions = Readonly<{
  /** 業種 words the app does not know, mapped by the user (key: `vocabularyKey(word)`; '' = an empty cell). */
  kindMap?: Readonly<Record<string, CompanyKind>>;
  /** Japan Post's places of the sheet's postal codes (key: `123-4567`), where known. */
  postalPlaces?: Readonly<Record<string, readonly PostalPlace[]>>;
}>;

/** A need to create with the company. */
export type ImportNeed = Readonly<{ title: string; description: string; field: ResearchField }>;

/** A row read into a company: its values (schema-parsed when valid) and its problems. */
export type ImportedRow = Readonly<{
  row: number;
  /** The company input after normalisation (parsed by the schema when the row has no errors). */
  company: CompanyInput;
  need: ImportNeed | null;
  /** Company fields the row gave a value for (an update touches only these). */
  given: readonly string[];
  errors: readonly ImportIssue[];
}>;

// A valid id used only to check a need's other fields before its company exists.
const placeholderCompanyId = '00000000000000000000000000';

type Columns = Partial<Record<ImportTarget, number>>;

/** The first column mapped to each target. */
export function columnsOf(mapping: ColumnMapping): Columns {
  const columns: Columns = {};
  mapping.forEach((target, index) => {
    if (target !== 'ignore' && columns[target] === undefined) columns[target] = index;
  });
  return columns;
}

type RowContext = {
  row: SheetRow;
  headers: readonly string[];
  columns: Columns;
  errors: ImportIssue[];
};

const valueOf = (context: RowContext, target: ImportTarget): string => {
  const index = context.columns[target];
  return index === undefined ? '' : cellText(context.row.cells[index] ?? '');
};

const fail = (context: RowContext, target: ImportTarget | number, code: ImportIssueCode, value = '') => {
  const index = typeof target === 'number' ? target : context.columns[target];
  context.errors.push(
    importIssue(context.row.row, index === undefined ? '' : (context.headers[index] ?? ''), code, value),
  );
};

function readKind(context: RowContext, options: ImportOptions): string {
  const word = valueOf(context, 'kind');
  const known = word === '' ? undefined : kindOfWord(word);
  const mapped = known ?? options.kindMap?.[vocabularyKey(word)];
  if (mapped !== undefined) return mapped;
  fail(context, 'kind', word === '' ? 'missingKind' : 'unknownKind', word);
  return '';
}

function readMunicipality(context: RowContext, postalCode: string, options: ImportOptions) {
  const named = valueOf(context, 'municipality');
  if (named !== '') {
    const id = municipalityOfName(named);
    if (id === undefined) fail(context, 'municipality', 'unknownMunicipality', named);
    return { municipality: id ?? '', addressFill: '' };
  }
  const fromAddress = municipalityOfAddress(valueOf(context, 'address'));
  if (fromAddress !== undefined) return { municipality: fromAddress, addressFill: '' };
  const code = normalizePostalCode(postalCode);
  if (!isPostalCode(code)) return { municipality: '', addressFill: '' };
  const fill = postalFill(options.postalPlaces?.[code] ?? []);
  if (fill.kind === 'place') return { municipality: fill.municipality, addressFill: fill.address };
  return { municipality: postalArea(code) === 'outside' ? outsidePrefectureId : '', addressFill: '' };
}

function readFields(context: RowContext, target: 'fields' | 'needField'): ResearchField[] {
  const found: ResearchField[] = [];
  for (const word of splitWords(valueOf(context, target))) {
    const field = fieldOfWord(word);
    if (field === undefined) fail(context, target, 'unknownField', word);
    else if (!found.includes(field)) found.push(field);
  }
  return found;
}

function noteLines(context: RowContext, mapping: ColumnMapping): string[] {
  const lines: string[] = [];
  mapping.forEach((target, index) => {
    if (target !== 'note' && target !== 'capital' && target !== 'employees' && target !== 'founded') return;
    if (target !== 'note' && context.columns[target] !== index) return;
    const value = cellText(context.row.cells[index] ?? '');
    if (value === '') return;
    let shown = value;
    if (target === 'capital' && !isAmount(value)) fail(context, index, 'amount', value);
    if (target === 'employees') {
      const count = parseCount(value);
      if (count === undefined) fail(context, index, 'number', value);
      else shown = String(count);
    }
    if (target === 'founded') {
      const iso = parseDateCell(value);
      if (iso === undefined) fail(context, index, 'date', value);
      else shown = iso;
    }
    lines.push(`${context.headers[index] ?? ''}: ${shown}`);
  });
  return lines;
}

type Contact = { name: string; kana: string; title: string; phone: string; email: string };

function readContacts(context: RowContext): { contacts: Contact[]; sources: Partial<Record<string, ImportTarget>>[] } {
  const contacts: Contact[] = [];
  const sources: Partial<Record<string, ImportTarget>>[] = [];
  const representative = valueOf(context, 'representative');
  if (representative !== '') {
    contacts.push({ name: representative, kana: '', title: '代表者', phone: '', email: '' });
    sources.push({ name: 'representative' });
  }
  const contact: Contact = {
    name: valueOf(context, 'contactName'),
    kana: katakanaToHiragana(valueOf(context, 'contactKana').normalize('NFKC')),
    title: valueOf(context, 'contactTitle'),
    phone: valueOf(context, 'contactPhone'),
    email: valueOf(context, 'contactEmail'),
  };
  const others = (['contactKana', 'contactTitle', 'contactPhone', 'contactEmail'] as const).filter(
    (target) => valueOf(context, target) !== '',
  );
  if (contact.name !== '') {
    contacts.push(contact);
    sources.push({
      name: 'contactName',
      kana: 'contactKana',
      title: 'contactTitle',
      phone: 'contactPhone',
      email: 'contactEmail',
    });
  } else if (others[0] !== undefined) {
    fail(context, others[0], 'contactName', valueOf(context, others[0]));
  }
  return { contacts, sources };
}

const companyTargets: Readonly<Record<string, ImportTarget>> = {
  name: 'name',
  nameKana: 'nameKana',
  kind: 'kind',
  size: 'size',
  corporateNumber: 'corporateNumber',
  postalCode: 'postalCode',
  municipality: 'municipality',
  address: 'address',
  phone: 'phone',
  url: 'url',
  fields: 'fields',
  tags: 'tags',
  notes: 'notes',
};

function readNeed(context: RowContext, companyFields: readonly ResearchField[]): ImportNeed | null {
  const title = valueOf(context, 'needTitle');
  const description = valueOf(context, 'needDescription');
  if (title === '' && description === '') return null;
  const field = readFields(context, 'needField')[0] ?? companyFields[0];
  if (field === undefined) {
    fail(context, 'needTitle', 'needField', title);
    return null;
  }
  const parsed = needInputSchema.safeParse({ companyId: placeholderCompanyId, title, description, field });
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error)) {
      const target = issue.path[0] === 'description' ? 'needDescription' : 'needTitle';
      fail(context, target, issue.key, valueOf(context, target));
    }
    return null;
  }
  return { title: parsed.data.title, description: parsed.data.description, field };
}

/** Reads and checks one row with a mapping. */
export function importRow(
  table: SheetTable,
  row: SheetRow,
  mapping: ColumnMapping,
  options: ImportOptions = {},
): ImportedRow {
  const columns = columnsOf(mapping);
  const context: RowContext = { row, headers: table.headers, columns, errors: [] };
  const postalCode = valueOf(context, 'postalCode');
  const { municipality, addressFill } = readMunicipality(context, postalCode, options);
  const sizeWord = valueOf(context, 'size');
  const size = sizeWord === '' ? 'sme' : sizeOfWord(sizeWord);
  if (size === undefined) fail(context, 'size', 'invalidChoice', sizeWord);
  const fields = readFields(context, 'fields');
  const { contacts, sources } = readContacts(context);
  const notes = [valueOf(context, 'notes'), ...noteLines(context, mapping)].filter((line) => line !== '').join('\n');
  const company = {
    name: valueOf(context, 'name'),
    nameKana: katakanaToHiragana(valueOf(context, 'nameKana').normalize('NFKC')),
    kind: readKind(context, options),
    size: size ?? 'sme',
    corporateNumber: valueOf(context, 'corporateNumber'),
    postalCode,
    municipality,
    address: valueOf(context, 'address') || addressFill,
    phone: valueOf(context, 'phone'),
    url: valueOf(context, 'url'),
    fields,
    tags: splitWords(valueOf(context, 'tags')),
    notes,
    contacts,
  } as CompanyInput;
  // Fields the row itself gives (a derived municipality counts; the default size does not).
  const given = Object.keys(companyTargets).filter((field) => {
    const value = (company as Record<string, unknown>)[field];
    const present = Array.isArray(value) ? value.length > 0 : value !== '' && value !== undefined;
    return present && (field !== 'size' || sizeWord !== '');
  });
  if (contacts.length > 0) given.push('contacts');
  const parsed = companyInputSchema.safeParse(company);
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error)) {
      // The kind's own problem is already named (unknown or missing word).
      if (issue.path[0] === 'kind' && context.errors.some((error) => error.code.endsWith('Kind'))) continue;
      const [field, index, sub] = issue.path;
      const target =
        field === 'contacts' && typeof index === 'number' && typeof sub === 'string'
          ? sources[index]?.[sub]
          : companyTargets[String(field)];
      const column = target === undefined ? undefined : columns[target];
      fail(
        context,
        column ?? target ?? 'name',
        issue.key,
        column === undefined ? '' : cellText(row.cells[column] ?? ''),
      );
    }
  }
  const need = readNeed(context, fields);
  return {
    row: row.row,
    company: parsed.success ? parsed.data : company,
    need,
    given,
    // Left to right, as the user reads the row.
    errors: context.errors.sort((a, b) => table.headers.indexOf(a.column) - table.headers.indexOf(b.column)),
  };
}
