/**
 * The validation message keys. Schemas put one of these in a zod issue's message; the
 * `data.validation` i18n namespace holds the ja/en text, each naming the field.
 */
export const validationKeys = [
  'required',
  'tooLong',
  'invalid',
  'invalidChoice',
  'postalCode',
  'corporateNumber',
  'phone',
  'email',
  'url',
  'date',
  'dateTime',
  'time',
  'timeOrder',
  'fiscalYear',
  'number',
  'id',
  'hash',
  'stepOrder',
  'stageReason',
  'exceedsDecided',
] as const;

/** One validation message key. */
export type ValidationKey = (typeof validationKeys)[number];

/** Whether a string is a validation message key. */
export function isValidationKey(value: string): value is ValidationKey {
  return (validationKeys as readonly string[]).includes(value);
}
