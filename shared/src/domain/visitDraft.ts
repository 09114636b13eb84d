import { toFieldIssues, type FieldIssue } from './validationError.ts';
import { visitInputSchema, type Visit, type VisitEdit } from './visit.ts';

/** The fields the visit form edits (the company, state, history and derived index are not among them). */
export const visitFormFields = [
  'date',
  'startTime',
  'endTime',
  'purpose',
  'coordinator',
  'attendees',
  'summary',
  'needIds',
  'seedIds',
  'followUps',
  'nextVisit',
  'attachmentIds',
] as const;

/** One field the visit form edits. */
export type VisitFormField = (typeof visitFormFields)[number];

/** What the visit form holds: raw values as typed, possibly invalid. */
export type VisitFormValues = { [K in VisitFormField]: unknown };

/** Edits by the same device closer together than this are one history entry (one sitting). */
export const historyCoalesceMs = 15 * 60 * 1000;

/** The outcome of saving form values onto a stored visit. */
export type DraftSave = Readonly<{
  /** The parsed values of the fields that changed and passed validation: what to write. */
  patch: Partial<Pick<Visit, VisitFormField>>;
  /** The names of the fields in `patch`. */
  changed: VisitFormField[];
  /** What is wrong with the form values; fields named here keep their stored value. */
  issues: FieldIssue[];
}>;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function editable(visit: Visit): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, createdBy: _b, deleted: _d, ...fields } = visit;
  return fields;
}

const isFormField = (key: unknown): key is VisitFormField =>
  typeof key === 'string' && (visitFormFields as readonly string[]).includes(key);

/**
 * Takes what the schema accepts from the form: every field whose value is valid is saved, and a
 * field that is not keeps its stored value (so one bad field never stops the rest from being saved).
 * `state` decides the rules: a draft accepts partial content, a final visit must stay complete.
 */
export function acceptFormValues(
  current: Visit,
  form: VisitFormValues,
  state: Visit['state'] = current.state,
): DraftSave {
  const base = { ...editable(current), state };
  const first = visitInputSchema.safeParse({ ...base, ...form });
  const issues = first.success ? [] : toFieldIssues(first.error);
  const rejected = new Set(issues.map((issue) => issue.path[0]).filter(isFormField));
  const accepted = Object.fromEntries(Object.entries(form).filter(([key]) => !rejected.has(key as VisitFormField)));
  const parsed = first.success ? first : visitInputSchema.safeParse({ ...base, ...accepted });
  if (!parsed.success) return { patch: {}, changed: [], issues };
  const changed = visitFormFields.filter(
    (field) => !rejected.has(field) && !sameValue(parsed.data[field], current[field]),
  );
  const patch = Object.fromEntries(changed.map((field) => [field, parsed.data[field]])) as DraftSave['patch'];
  return { patch, changed, issues };
}

// History entries list fields in the order the form shows them.
const formOrder = (field: string) => {
  const index = (visitFormFields as readonly string[]).indexOf(field);
  return index < 0 ? visitFormFields.length : index;
};
const inFormOrder = (fields: Iterable<string>) =>
  [...fields].sort((a, b) => formOrder(a) - formOrder(b) || a.localeCompare(b));

/** Whether a history entry records the finalisation (it only names `state`). */
export function isFinalisation(edit: VisitEdit): boolean {
  return edit.fields.length === 1 && edit.fields[0] === 'state';
}

/**
 * Adds an edit to a visit's history. A later edit by the same device within `historyCoalesceMs` of
 * the last entry joins it (one sitting is one entry, not one per autosave); the finalisation stays
 * an entry of its own.
 */
export function appendEdit(history: readonly VisitEdit[], edit: VisitEdit, windowMs = historyCoalesceMs): VisitEdit[] {
  const last = history.at(-1);
  if (edit.fields.length === 0) return [...history];
  const joins =
    last !== undefined &&
    last.by === edit.by &&
    !isFinalisation(last) &&
    !isFinalisation(edit) &&
    Date.parse(edit.at) - Date.parse(last.at) < windowMs;
  if (!joins) return [...history, { ...edit, fields: inFormOrder(edit.fields) }];
  const fields = inFormOrder(new Set([...last.fields, ...edit.fields]));
  return [...history.slice(0, -1), { at: edit.at, by: edit.by, fields }];
}
