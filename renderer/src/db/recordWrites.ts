import type { Company, Contact } from '#shared/domain/company';
import type { Match } from '#shared/domain/match';
import type { Need } from '#shared/domain/need';
import type { DomainTableName } from '#shared/domain/tables';
import type { Visit } from '#shared/domain/visit';

/**
 * One field-level write to one record: the values the fields had (`before`) and the values they get
 * (`after`), with the same keys. A list of them is an operation (delete, merge); the same list read
 * backwards with before and after swapped is its undo, so an undo is an ordinary captured write
 * that syncs like any other.
 */
export type RecordWrite = Readonly<{
  table: DomainTableName;
  id: string;
  before: Readonly<Record<string, unknown>>;
  after: Readonly<Record<string, unknown>>;
}>;

type Alive = Readonly<{ id: string; deleted: boolean }>;

const tombstone = (table: DomainTableName, record: Alive): RecordWrite => ({
  table,
  id: record.id,
  before: { deleted: record.deleted },
  after: { deleted: true },
});

/** The writes that undo an operation: the same records, previous values, last write first. */
export function invertWrites(writes: readonly RecordWrite[]): RecordWrite[] {
  return [...writes].reverse().map((write) => ({ ...write, before: write.after, after: write.before }));
}

/** Tombstones a single record (a visit, a match, an event, an attachment). */
export function planDeleteRecord(table: DomainTableName, record: Alive): RecordWrite[] {
  return record.deleted ? [] : [tombstone(table, record)];
}

/** What a company takes with it when it is deleted. */
export type CompanyDependents = Readonly<{
  visits: readonly Visit[];
  needs: readonly Need[];
  matches: readonly Match[];
}>;

/**
 * Deleting a company: the company, and — unless the user keeps them — its live visits, its live
 * needs and their live matches. Kept records stay as they are.
 */
export function planDeleteCompany(
  company: Company,
  dependents: CompanyDependents,
  options: Readonly<{ keepDependents: boolean }>,
): RecordWrite[] {
  const writes = planDeleteRecord('companies', company);
  if (options.keepDependents) return writes;
  const live = <T extends Alive>(records: readonly T[]) => records.filter((record) => !record.deleted);
  return [
    ...writes,
    ...live(dependents.visits).map((visit) => tombstone('visits', visit)),
    ...live(dependents.needs).map((need) => tombstone('needs', need)),
    ...live(dependents.matches).map((match) => tombstone('matches', match)),
  ];
}

/** Deleting a need or a seed sheet takes its live matches with it (a match needs both ends). */
export function planDeleteWithMatches(
  table: 'needs' | 'seeds',
  record: Alive,
  matches: readonly Match[],
): RecordWrite[] {
  return [
    ...planDeleteRecord(table, record),
    ...matches.filter((match) => !match.deleted).map((match) => tombstone('matches', match)),
  ];
}

/** Restoring a tombstoned record. */
export function planRestore(table: DomainTableName, record: Alive): RecordWrite[] {
  return record.deleted ? [{ table, id: record.id, before: { deleted: true }, after: { deleted: false } }] : [];
}

const contactKey = (contact: Contact) => `${contact.name.replace(/\s/g, '')}|${contact.email}`;

/** The kept company's contacts followed by the other's that it does not already have. */
export function mergeContacts(kept: readonly Contact[], other: readonly Contact[]): Contact[] {
  const known = new Set(kept.map(contactKey));
  return [...kept, ...other.filter((contact) => !known.has(contactKey(contact)))];
}

/** Records that point at a company by id, beyond visits and needs. */
export type CompanyReferences = Readonly<{
  visits: readonly Visit[];
  needs: readonly Need[];
  projects: readonly Readonly<{
    id: string;
    companyIds: readonly string[];
    companies?: readonly Readonly<{ companyId: string; role: string }>[];
  }>[];
  /** Applications to the prefecture's grant, whose applicant moves to the kept company. */
  subsidyApplications?: readonly Readonly<{ id: string; companyId: string }>[];
  events: readonly Readonly<{
    id: string;
    invitedCompanyIds: readonly string[];
    attendance: readonly Readonly<{ companyId: string }>[];
    consultations: readonly Readonly<{ companyId: string }>[];
  }>[];
}>;

const replaceId = (ids: readonly string[], from: string, to: string): string[] => [
  ...new Set(ids.map((id) => (id === from ? to : id))),
];

/**
 * Merging `other` into `kept`: the other's visits and needs (and with them their matches) point at
 * the kept company, its contacts join the kept one's, projects and events name the kept company, and
 * the other company is tombstoned. Empty fields of the kept company take the other's values.
 */
export function planMerge(kept: Company, other: Company, references: CompanyReferences): RecordWrite[] {
  const writes: RecordWrite[] = [];
  const move = (table: 'visits' | 'needs', record: Visit | Need) => {
    if (record.companyId !== other.id || record.deleted) return;
    writes.push({ table, id: record.id, before: { companyId: other.id }, after: { companyId: kept.id } });
  };
  references.visits.forEach((visit) => move('visits', visit));
  references.needs.forEach((need) => move('needs', need));
  for (const project of references.projects) {
    if (!project.companyIds.includes(other.id)) continue;
    const after = { companyIds: replaceId(project.companyIds, other.id, kept.id) };
    if (project.companies === undefined) {
      writes.push({ table: 'projects', id: project.id, before: { companyIds: project.companyIds }, after });
      continue;
    }
    // One entry per company: the other's entry goes when the kept company already takes part.
    const companies = project.companies
      .map((entry) => (entry.companyId === other.id ? { ...entry, companyId: kept.id } : entry))
      .filter((entry, index, all) => all.findIndex((e) => e.companyId === entry.companyId) === index);
    writes.push({
      table: 'projects',
      id: project.id,
      before: { companyIds: project.companyIds, companies: project.companies },
      after: { ...after, companies },
    });
  }
  for (const application of references.subsidyApplications ?? []) {
    if (application.companyId !== other.id) continue;
    const after = { companyId: kept.id };
    writes.push({ table: 'subsidyApplications', id: application.id, before: { companyId: other.id }, after });
  }
  for (const event of references.events) {
    const names = (list: readonly Readonly<{ companyId: string }>[]) => list.some((e) => e.companyId === other.id);
    if (!event.invitedCompanyIds.includes(other.id) && !names(event.attendance) && !names(event.consultations))
      continue;
    const swap = <E extends Readonly<{ companyId: string }>>(list: readonly E[]) =>
      list.map((entry) => (entry.companyId === other.id ? { ...entry, companyId: kept.id } : entry));
    writes.push({
      table: 'events',
      id: event.id,
      before: {
        invitedCompanyIds: event.invitedCompanyIds,
        attendance: event.attendance,
        consultations: event.consultations,
      },
      after: {
        invitedCompanyIds: replaceId(event.invitedCompanyIds, other.id, kept.id),
        attendance: swap(event.attendance),
        consultations: swap(event.consultations),
      },
    });
  }
  const filled = fillEmptyFields(kept, other);
  writes.push({
    table: 'companies',
    id: kept.id,
    before: { contacts: kept.contacts, ...pick(kept, Object.keys(filled)) },
    after: { contacts: mergeContacts(kept.contacts, other.contacts), ...filled },
  });
  writes.push(tombstone('companies', other));
  return writes;
}

const fillable = ['nameKana', 'corporateNumber', 'postalCode', 'municipality', 'address', 'phone', 'url'] as const;

function fillEmptyFields(kept: Company, other: Company): Record<string, unknown> {
  const filled: Record<string, unknown> = {};
  for (const field of fillable) if (kept[field] === '' && other[field] !== '') filled[field] = other[field];
  // The region follows the municipality.
  if (filled['municipality'] !== undefined) filled['region'] = other.region;
  return filled;
}

function pick(record: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}
