import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  describeFieldIssue,
  toFieldIssues,
  type LabelledEntity,
  type MessageLocale,
} from '#shared/domain/validationError';

/**
 * A react-hook-form resolver over a domain schema: the form's values are turned into the schema's
 * input first, and every issue becomes the data layer's message that names the field, in the UI
 * language. The form submits exactly what the repository will accept.
 */
export function domainResolver<F extends FieldValues>(
  entity: LabelledEntity,
  schema: z.ZodType,
  toInput: (values: F) => unknown,
  locale: () => MessageLocale,
  /** List fields edited as one text: an issue with one entry is shown on the whole field. */
  wholeFields: readonly string[] = [],
): Resolver<F> {
  return (values, _context, options) => {
    const result = schema.safeParse(toInput(values));
    if (result.success) return { values, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of toFieldIssues(result.error)) {
      const first = issue.path[0];
      const path = typeof first === 'string' && wholeFields.includes(first) ? first : issue.path.join('.');
      flat[path] ??= { type: issue.key, message: describeFieldIssue(entity, issue, locale()) };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/** Splits a list typed as text (読点, commas, new lines) into its entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，\n]/u)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
