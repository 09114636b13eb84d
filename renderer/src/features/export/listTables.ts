import type { TFunction } from 'i18next';
import type { Company } from '#shared/domain/company';
import type { Need } from '#shared/domain/need';
import type { Seed } from '#shared/domain/seed';
import type { Visit } from '#shared/domain/visit';
import type { ExportCell, ExportColumn, ExportTable } from '#shared/export/exportTable';

/** What the tables need to turn stored values into what the lists show. */
export type ExportLabels = Readonly<{
  t: TFunction;
  municipalityName: (id: string) => string;
  companyName: (id: string) => string;
}>;

type Column<T> = ExportColumn & Readonly<{ value: (record: T) => ExportCell }>;

function tableOf<T>(name: string, columns: readonly Column<T>[], records: readonly T[]): ExportTable {
  return {
    name,
    columns: columns.map(({ header, kind, width }) => ({ header, kind, ...(width === undefined ? {} : { width }) })),
    rows: records.map((record) => columns.map((column) => column.value(record))),
  };
}

const joined = (values: readonly string[]) => values.join('、');

/** The company list as it is shown (filters applied), one row per company. */
export function companiesTable(companies: readonly Company[], labels: ExportLabels): ExportTable {
  const { t } = labels;
  const field = (name: string) => t(`data.fields.company.${name}` as 'data.fields.company.name');
  const columns: Column<Company>[] = [
    { header: field('name'), kind: 'text', width: 30, value: (c) => c.name },
    { header: field('nameKana'), kind: 'text', width: 24, value: (c) => c.nameKana },
    { header: field('kind'), kind: 'text', value: (c) => t(`data.companyKinds.${c.kind}`) },
    { header: field('size'), kind: 'text', value: (c) => t(`data.companySizes.${c.size}`) },
    { header: field('corporateNumber'), kind: 'text', width: 16, value: (c) => c.corporateNumber },
    { header: field('postalCode'), kind: 'text', value: (c) => c.postalCode },
    { header: field('municipality'), kind: 'text', value: (c) => labels.municipalityName(c.municipality) },
    { header: field('region'), kind: 'text', value: (c) => (c.region === '' ? '' : t(`data.regions.${c.region}`)) },
    { header: field('address'), kind: 'text', width: 36, value: (c) => c.address },
    { header: field('phone'), kind: 'text', width: 16, value: (c) => c.phone },
    { header: field('url'), kind: 'text', width: 30, value: (c) => c.url },
    { header: field('fields'), kind: 'text', value: (c) => joined(c.fields.map((f) => t(`data.researchFields.${f}`))) },
    { header: field('tags'), kind: 'text', value: (c) => joined(c.tags) },
    { header: field('notes'), kind: 'text', width: 40, value: (c) => c.notes },
  ];
  return tableOf(t('export.sheets.companies'), columns, companies);
}

type ContactRow = Readonly<{ company: Company; contact: Company['contacts'][number] }>;

/** The contacts of the companies shown, one row per contact, with their company. */
export function contactsTable(companies: readonly Company[], labels: ExportLabels): ExportTable {
  const { t } = labels;
  const field = (name: string) => t(`data.fields.contact.${name}` as 'data.fields.contact.name');
  const rows = companies.flatMap((company) => company.contacts.map((contact) => ({ company, contact })));
  const columns: Column<ContactRow>[] = [
    { header: t('data.fields.company.name'), kind: 'text', width: 30, value: (r) => r.company.name },
    { header: field('name'), kind: 'text', width: 16, value: (r) => r.contact.name },
    { header: field('kana'), kind: 'text', width: 16, value: (r) => r.contact.kana },
    { header: field('title'), kind: 'text', value: (r) => r.contact.title },
    { header: field('phone'), kind: 'text', width: 16, value: (r) => r.contact.phone },
    { header: field('email'), kind: 'text', width: 28, value: (r) => r.contact.email },
  ];
  return tableOf(t('export.sheets.contacts'), columns, rows);
}

/** The visit list as it is shown, one row per visit. */
export function visitsTable(visits: readonly Visit[], labels: ExportLabels): ExportTable {
  const { t } = labels;
  const field = (name: string) => t(`data.fields.visit.${name}` as 'data.fields.visit.date');
  const columns: Column<Visit>[] = [
    { header: field('date'), kind: 'date', value: (v) => v.date },
    { header: field('startTime'), kind: 'text', value: (v) => v.startTime },
    { header: field('endTime'), kind: 'text', value: (v) => v.endTime },
    { header: field('companyId'), kind: 'text', width: 30, value: (v) => labels.companyName(v.companyId) },
    {
      header: field('purpose'),
      kind: 'text',
      value: (v) => (v.purpose === '' ? '' : t(`data.visitPurposes.${v.purpose}`)),
    },
    { header: field('coordinator'), kind: 'text', value: (v) => v.coordinator },
    { header: field('attendees'), kind: 'text', value: (v) => joined(v.attendees) },
    { header: field('summary'), kind: 'text', width: 50, value: (v) => v.summary },
    { header: field('nextVisit'), kind: 'date', value: (v) => v.nextVisit },
    { header: field('state'), kind: 'text', value: (v) => t(`data.visitStates.${v.state}`) },
  ];
  return tableOf(t('export.sheets.visits'), columns, visits);
}

/** The need list as it is shown, one row per need. */
export function needsTable(needs: readonly Need[], labels: ExportLabels): ExportTable {
  const { t } = labels;
  const field = (name: string) => t(`data.fields.need.${name}` as 'data.fields.need.title');
  const columns: Column<Need>[] = [
    { header: field('title'), kind: 'text', width: 30, value: (n) => n.title },
    { header: field('companyId'), kind: 'text', width: 30, value: (n) => labels.companyName(n.companyId) },
    { header: field('field'), kind: 'text', value: (n) => t(`data.researchFields.${n.field}`) },
    { header: field('status'), kind: 'text', value: (n) => t(`data.needStatuses.${n.status}`) },
    { header: field('keywords'), kind: 'text', value: (n) => joined(n.keywords) },
    { header: field('confidential'), kind: 'text', value: (n) => (n.confidential ? t('export.yes') : '') },
    { header: field('description'), kind: 'text', width: 50, value: (n) => n.description },
    { header: t('export.createdOn'), kind: 'date', value: (n) => n.createdAt.slice(0, 10) },
  ];
  return tableOf(t('export.sheets.needs'), columns, needs);
}

/** The seed list as it is shown, every field (an export for the office, not a public handout). */
export function seedsTable(seeds: readonly Seed[], labels: ExportLabels): ExportTable {
  const { t } = labels;
  const field = (name: string) => t(`data.fields.seed.${name}` as 'data.fields.seed.title');
  const columns: Column<Seed>[] = [
    { header: field('title'), kind: 'text', width: 36, value: (s) => s.title },
    { header: field('field'), kind: 'text', value: (s) => t(`data.researchFields.${s.field}`) },
    { header: field('stage'), kind: 'text', value: (s) => t(`data.researchStages.${s.stage}`) },
    { header: field('institution'), kind: 'text', width: 24, value: (s) => s.institution },
    { header: field('researcher'), kind: 'text', value: (s) => s.researcher },
    { header: field('summary'), kind: 'text', width: 50, value: (s) => s.summary },
    { header: field('advantage'), kind: 'text', width: 40, value: (s) => s.advantage },
    { header: field('applications'), kind: 'text', width: 40, value: (s) => s.applications },
    { header: field('keywords'), kind: 'text', value: (s) => joined(s.keywords) },
    { header: field('ipStatus'), kind: 'text', value: (s) => s.ipStatus },
    { header: field('contact'), kind: 'text', value: (s) => s.contact },
  ];
  return tableOf(t('export.sheets.seeds'), columns, seeds);
}
