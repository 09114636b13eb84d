// The problems an import names: each by the sheet's own row number and the column's header text,
// with a message in Japanese (the default) or English that says what to do.
import { dataEn } from '../i18n/data.en.ts';
import { dataJa } from '../i18n/data.ja.ts';
import { importEn } from '../i18n/import.en.ts';
import { importJa } from '../i18n/import.ja.ts';
import type { ValidationKey } from '../domain/validators/messageKeys.ts';

/** Codes of the import's own problems (beyond the schema's validation keys). */
export const importIssueCodes = [
  'missingColumn',
  'missingKind',
  'unknownKind',
  'unknownMunicipality',
  'unknownField',
  'contactName',
  'needField',
  'amount',
] as const;

/** One problem code: a validation key of the schema or one of the import's own. */
export type ImportIssueCode = ValidationKey | (typeof importIssueCodes)[number];

/** One problem of one row: where (row, column header) and what. */
export type ImportIssue = Readonly<{
  row: number;
  column: string;
  code: ImportIssueCode;
  /** The cell's text, for messages that quote it. */
  value: string;
}>;

/** The languages messages are given in. */
export type IssueLocale = 'ja' | 'en';

/** Builds an issue. */
export function importIssue(row: number, column: string, code: ImportIssueCode, value = ''): ImportIssue {
  return { row, column, code, value };
}

const isImportCode = (code: string): code is (typeof importIssueCodes)[number] =>
  (importIssueCodes as readonly string[]).includes(code);

/** The message of an issue without its place: 「法人番号は13桁の法人番号です…」. */
export function issueText(issue: ImportIssue, locale: IssueLocale = 'ja'): string {
  const text = locale === 'ja' ? importJa : importEn;
  const target = text.targets[issue.value as keyof typeof text.targets] as string | undefined;
  const column =
    issue.code === 'missingColumn' ? (target ?? issue.value) : issue.column === '' ? text.noColumn : issue.column;
  const template = isImportCode(issue.code)
    ? (locale === 'ja' ? importJa : importEn).issues[issue.code]
    : (locale === 'ja' ? dataJa : dataEn).validation[issue.code];
  return template.replaceAll('{{field}}', column).replaceAll('{{column}}', column).replaceAll('{{value}}', issue.value);
}

/** The full message with its place: 「3行目「法人番号」: …」. */
export function issueMessage(issue: ImportIssue, locale: IssueLocale = 'ja'): string {
  const place = (locale === 'ja' ? importJa : importEn).issuePlace
    .replace('{{row}}', String(issue.row))
    .replace('{{column}}', issue.column);
  return `${place}${issueText(issue, locale)}`;
}
