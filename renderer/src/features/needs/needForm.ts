import type { Need, NeedInput } from '#shared/domain/need';
import { splitList } from '../../ui/domainResolver.ts';

/** The need form's values as the controls hold them. */
export type NeedForm = {
  companyId: string;
  sourceVisitId: string;
  title: string;
  description: string;
  field: string;
  keywords: string;
  confidential: boolean;
  status: string;
};

/** The form's starting values: a stored need, or blanks for a company (and visit) given in the URL. */
export function needToForm(need: Need | undefined, companyId: string, sourceVisitId: string): NeedForm {
  if (need === undefined) {
    return {
      companyId,
      sourceVisitId,
      title: '',
      description: '',
      field: '',
      keywords: '',
      confidential: false,
      status: 'open',
    };
  }
  return {
    companyId: need.companyId,
    sourceVisitId: need.sourceVisitId,
    title: need.title,
    description: need.description,
    field: need.field,
    keywords: need.keywords.join('、'),
    confidential: need.confidential,
    status: need.status,
  };
}

/** What the repository receives (the schema checks ids and codes). */
export function formToNeedInput(form: NeedForm): NeedInput {
  return { ...form, keywords: splitList(form.keywords) } as unknown as NeedInput;
}

/**
 * What saving the form writes: only the fields the user changed from what the form showed (the
 * stored need), so a status set elsewhere meanwhile — マッチング済み after linking a seed — is not
 * written back from a stale form.
 */
export function needPatch(form: NeedForm, shown: NeedForm): Partial<NeedInput> {
  const input = formToNeedInput(form) as unknown as Record<string, unknown>;
  const changed = (Object.keys(form) as (keyof NeedForm)[]).filter((key) => form[key] !== shown[key]);
  return Object.fromEntries(changed.map((key) => [key, input[key]]));
}
