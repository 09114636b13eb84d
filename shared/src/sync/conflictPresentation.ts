import { fieldLabel, type MessageLocale } from '../domain/validationError.ts';
import { domainTables, isDomainTableName, type DomainTableName } from '../domain/tables.ts';
import { dataEn } from '../i18n/data.en.ts';
import { dataJa } from '../i18n/data.ja.ts';
import { parseHlc, type Hlc } from './hlc.ts';

type Vocabulary = keyof typeof dataJa &
  (
    | 'companyKinds'
    | 'companySizes'
    | 'regions'
    | 'visitPurposes'
    | 'visitStates'
    | 'needStatuses'
    | 'matchStatuses'
    | 'eventKinds'
    | 'researchFields'
    | 'researchStages'
    | 'visibilities'
  );

/** Fields whose stored value is a vocabulary key, shown by its label as the form's select shows it. */
const vocabularyFields: Readonly<Record<string, Vocabulary>> = {
  'companies.kind': 'companyKinds',
  'companies.size': 'companySizes',
  'companies.region': 'regions',
  'events.kind': 'eventKinds',
  'events.region': 'regions',
  'visits.purpose': 'visitPurposes',
  'visits.state': 'visitStates',
  'needs.status': 'needStatuses',
  'needs.field': 'researchFields',
  'matches.status': 'matchStatuses',
  'seeds.field': 'researchFields',
  'seeds.stage': 'researchStages',
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Where a conflicting record opens in the app, or null for a table without its own page. */
export function conflictRecordPath(table: string, id: string): string | null {
  const base: Partial<Record<DomainTableName, string>> = {
    companies: '/companies/',
    visits: '/visits/',
    needs: '/needs/',
    seeds: '/seeds/',
    events: '/events/',
  };
  const prefix = isDomainTableName(table) ? base[table] : undefined;
  return prefix === undefined ? null : `${prefix}${encodeURIComponent(id)}`;
}

/** The label of a conflicting field in the UI language (「電話番号」), or its stored name for a field this version does not know. */
export function conflictFieldLabel(table: string, field: string, locale: MessageLocale): string {
  if (!isDomainTableName(table)) return field;
  const shape = (domainTables[table].schema as unknown as { shape: Record<string, unknown> }).shape;
  if (!Object.hasOwn(shape, field)) return field;
  return fieldLabel(domainTables[table].entity, [field], locale);
}

/**
 * A conflicting value as the form shows it: a vocabulary key by its label, an ISO day through the
 * given date format, anything else as typed.
 */
export function conflictValueText(
  table: string,
  field: string,
  value: string,
  locale: MessageLocale,
  formatDay: (iso: string) => string,
): string {
  const vocabulary = vocabularyFields[`${table}.${field}`];
  if (vocabulary !== undefined) {
    const labels = (locale === 'ja' ? dataJa : dataEn)[vocabulary] as Readonly<Record<string, string>>;
    return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
  }
  return isoDay.test(value) ? formatDay(value) : value;
}

/** Which device wrote one side of a conflict and when, read from its HLC. */
export function conflictSide(hlc: Hlc): Readonly<{ device: string; at: Date | null }> {
  const parsed = parseHlc(hlc);
  return parsed === null ? { device: '', at: null } : { device: parsed.device, at: new Date(parsed.ms) };
}
