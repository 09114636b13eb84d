import type { Company, CompanyInput } from '#shared/domain/company';
import { splitList } from '../../ui/domainResolver.ts';

/** A contact as the form edits it. */
export type ContactForm = { name: string; kana: string; title: string; phone: string; email: string };

/** The company form's values: every field as the controls hold it (lists as text). */
export type CompanyForm = {
  name: string;
  nameKana: string;
  kind: string;
  size: string;
  corporateNumber: string;
  postalCode: string;
  municipality: string;
  address: string;
  phone: string;
  url: string;
  fields: string[];
  tags: string;
  notes: string;
  contacts: ContactForm[];
};

/** An empty contact row. */
export const emptyContact: ContactForm = { name: '', kana: '', title: '', phone: '', email: '' };

/** The form's starting values: a stored company, or blanks. */
export function companyToForm(company?: Company): CompanyForm {
  if (company === undefined) {
    return {
      name: '',
      nameKana: '',
      kind: '',
      size: 'sme',
      corporateNumber: '',
      postalCode: '',
      municipality: '',
      address: '',
      phone: '',
      url: '',
      fields: [],
      tags: '',
      notes: '',
      contacts: [],
    };
  }
  return {
    name: company.name,
    nameKana: company.nameKana,
    kind: company.kind,
    size: company.size,
    corporateNumber: company.corporateNumber,
    postalCode: company.postalCode,
    municipality: company.municipality,
    address: company.address,
    phone: company.phone,
    url: company.url,
    fields: [...company.fields],
    tags: company.tags.join('、'),
    notes: company.notes,
    contacts: company.contacts.map((contact) => ({ ...contact })),
  };
}

/** What the repository receives from the form (the schema checks the codes). */
export function formToCompanyInput(form: CompanyForm): CompanyInput {
  // The enum fields hold whatever the selects hold; the schema names a wrong or missing choice.
  return {
    ...form,
    tags: splitList(form.tags),
    fields: Array.isArray(form.fields) ? form.fields : [],
  } as unknown as CompanyInput;
}
