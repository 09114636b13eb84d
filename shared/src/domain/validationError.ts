import type { z } from 'zod';
import { dataEn } from '../i18n/data.en.ts';
import { dataJa } from '../i18n/data.ja.ts';
import { isValidationKey, type ValidationKey } from './validators/messageKeys.ts';

/** The entities whose fields have labels (`data.fields.<entity>`). */
export type LabelledEntity = keyof typeof dataJa.fields;

/** One problem with one field: where it is and which message explains it. */
export type FieldIssue = Readonly<{ path: readonly (string | number)[]; key: ValidationKey }>;

/** The UI languages a message can be given in. */
export type MessageLocale = 'ja' | 'en';

// Arrays of objects whose items have their own labels.
const itemEntities: Readonly<Record<string, LabelledEntity>> = {
  contacts: 'contact',
  followUps: 'followUp',
  attendance: 'attendance',
  consultations: 'consultation',
  agenda: 'agendaItem',
  companies: 'projectCompany',
  institutions: 'projectInstitution',
  stageHistory: 'stageStep',
  advice: 'advice',
  costs: 'plannedCost',
  sizeOverride: 'sizeOverride',
};

function keyOf(issue: z.core.$ZodIssue): ValidationKey {
  if (isValidationKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalidChoice';
    case 'too_big':
      return 'tooLong';
    case 'too_small':
      return issue.origin === 'string' ? 'required' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Turns a zod error into field issues with message keys. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    key: keyOf(issue),
  }));
}

function lookup(locale: MessageLocale, entity: string, field: string): string | undefined {
  const fields = (locale === 'ja' ? dataJa : dataEn).fields as Readonly<
    Record<string, Readonly<Record<string, string>>>
  >;
  return fields[entity]?.[field] ?? fields['common']?.[field];
}

/** The label of a field path, e.g. 「担当者 2 メールアドレス」 for `contacts.1.email` of a company. */
export function fieldLabel(entity: LabelledEntity, path: readonly (string | number)[], locale: MessageLocale): string {
  const parts: string[] = [];
  let current: string = entity;
  for (const segment of path) {
    if (typeof segment === 'number') {
      parts.push(String(segment + 1));
      continue;
    }
    const label = lookup(locale, current, segment);
    if (label === undefined) continue;
    parts.push(label);
    current = itemEntities[segment] ?? current;
  }
  return parts.length > 0 ? parts.join(' ') : (lookup(locale, 'common', 'id') ?? entity);
}

/** A message that names the field, in the given language. */
export function describeFieldIssue(entity: LabelledEntity, issue: FieldIssue, locale: MessageLocale): string {
  const template = (locale === 'ja' ? dataJa : dataEn).validation[issue.key];
  return template.replace('{{field}}', fieldLabel(entity, issue.path, locale));
}

/** Thrown by repositories (and any write path) when input fails its schema: nothing was written. */
export class ValidationError extends Error {
  readonly entity: LabelledEntity;
  readonly issues: readonly FieldIssue[];

  constructor(entity: LabelledEntity, issues: readonly FieldIssue[]) {
    super(
      issues
        .map((issue) => `${describeFieldIssue(entity, issue, 'ja')} / ${describeFieldIssue(entity, issue, 'en')}`)
        .join('\n'),
    );
    this.name = 'ValidationError';
    this.entity = entity;
    this.issues = issues;
  }

  /** Every issue as a message in one language. */
  messages(locale: MessageLocale): string[] {
    return this.issues.map((issue) => describeFieldIssue(this.entity, issue, locale));
  }

  /** Messages keyed by dotted field path, for showing next to form fields. */
  byField(locale: MessageLocale): Record<string, string> {
    const result: Record<string, string> = {};
    for (const issue of this.issues) {
      const path = issue.path.join('.');
      result[path] ??= describeFieldIssue(this.entity, issue, locale);
    }
    return result;
  }
}

/** Parses a value with a schema, or throws a ValidationError naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(entity: LabelledEntity, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(entity, toFieldIssues(result.error));
  return result.data;
}
