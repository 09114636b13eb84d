import type { Company } from '#shared/domain/company';
import type { Need } from '#shared/domain/need';
import type { Seed } from '#shared/domain/seed';
import type { Visit } from '#shared/domain/visit';
import { findMunicipality } from '#shared/master/municipalities';
import type { SearchDocument } from './searchDocument.ts';

// What of each record the quick search matches and shows: names, readings, people, keywords, and
// the free text a coordinator remembers a record by (visit summaries, need descriptions, seed
// summaries). Free text is indexed up to `indexedTextLength` characters per document: the postings
// of 100,000 visit summaries are most of the index, and a note of several pages would otherwise
// cost as much as hundreds of visits (see docs/search.md for the measured sizes).

/** Characters of a visit's summary shown in its result row (one line; every visit keeps its excerpt in memory). */
export const excerptLength = 20;

/** Characters of free text indexed per document (its beginning, where the gist is written). */
export const indexedTextLength = 200;

function freeText(...parts: readonly string[]): string {
  const text = parts
    .filter((part) => part !== '')
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return text.length > indexedTextLength ? text.slice(0, indexedTextLength) : text;
}

/** The id of a contact's document: contacts live inside their company and have no id of their own. */
export function contactDocumentId(companyId: string, index: number): string {
  return `${companyId}/contacts/${index}`;
}

/** The documents of a company: the company and each of its contacts (who open the company). */
export function companyDocuments(company: Company): SearchDocument[] {
  const municipality = findMunicipality(company.municipality)?.ja ?? '';
  const own: SearchDocument = {
    kind: 'company',
    id: company.id,
    title: company.name,
    ...(municipality === '' ? {} : { subtitle: municipality }),
    text: [company.nameKana, municipality, company.corporateNumber, ...company.tags],
  };
  const contacts = company.contacts.map((contact, index): SearchDocument => ({
    kind: 'contact',
    id: contactDocumentId(company.id, index),
    title: contact.name,
    subtitle: contact.title === '' ? company.name : `${company.name}・${contact.title}`,
    text: [contact.kana],
  }));
  return [own, ...contacts];
}

/** A visit, found by its company's name, the people involved and its summary; shown with its date. */
export function visitDocument(visit: Visit, companyName: string): SearchDocument {
  const summary = visit.summary.replace(/\s+/gu, ' ').trim();
  return {
    kind: 'visit',
    id: visit.id,
    title: companyName,
    ...(summary === ''
      ? {}
      : { subtitle: summary.length > excerptLength ? `${summary.slice(0, excerptLength)}…` : summary }),
    date: visit.date,
    text: [visit.coordinator, ...visit.attendees, freeText(summary)],
  };
}

/** A need, found by its title, keywords and description; shown with its company. */
export function needDocument(need: Need, companyName: string): SearchDocument {
  return {
    kind: 'need',
    id: need.id,
    title: need.title,
    ...(companyName === '' ? {} : { subtitle: companyName }),
    text: [...need.keywords, freeText(need.description)],
  };
}

/** A seed sheet, found by its title and its よみ, keywords, researcher, institution and texts (the search is internal). */
export function seedDocument(seed: Seed): SearchDocument {
  const by = [seed.institution, seed.researcher].filter((part) => part !== '').join('・');
  return {
    kind: 'seed',
    id: seed.id,
    title: seed.title,
    ...(by === '' ? {} : { subtitle: by }),
    text: [
      seed.titleKana ?? '',
      ...seed.keywords,
      seed.researcher,
      seed.institution,
      freeText(seed.summary, seed.advantage, seed.applications),
    ],
  };
}
