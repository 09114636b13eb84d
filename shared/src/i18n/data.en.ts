import type { dataJa } from './data.ja.ts';
import type { LocaleShape } from './localeShape.ts';

/** English text of the data layer; keys mirror `dataJa`. */
export const dataEn: LocaleShape<typeof dataJa> = {
  validation: {
    required: 'Enter {{field}}.',
    tooLong: '{{field}} is too long.',
    invalid: '{{field}} is not valid.',
    invalidChoice: 'Choose {{field}} from the list.',
    postalCode: '{{field}} must look like 123-4567.',
    corporateNumber: '{{field}} must be a 13-digit corporate number with a correct check digit.',
    phone: '{{field}} must be a phone number (e.g. 023-123-4567).',
    email: '{{field}} must be an e-mail address.',
    url: '{{field}} must be an address starting with http:// or https://.',
    date: '{{field}} must be a valid date (e.g. 2026-04-01).',
    dateTime: '{{field}} is not a valid date and time.',
    time: '{{field}} must look like 09:30.',
    timeOrder: '{{field}} must be after the start time.',
    fiscalYear: '{{field}} must be a fiscal year as a Western year (e.g. 2012).',
    number: '{{field}} must be a whole number, 0 or more.',
    id: '{{field}} refers to nothing valid.',
    hash: '{{field}} is not valid.',
    summary: 'Please check your input ({{count}} problems).',
  },
  fields: {
    common: { id: 'ID', createdAt: 'Created', updatedAt: 'Updated', createdBy: 'Created on device', deleted: 'Deleted' },
    company: {
      name: 'Company name', nameKana: 'Reading (kana)', kind: 'Kind', size: 'Company size', corporateNumber: 'Corporate number',
      postalCode: 'Postal code', municipality: 'Municipality', region: 'Region', address: 'Address', phone: 'Phone',
      url: 'Website', fields: 'Fields', tags: 'Tags', notes: 'Notes', contacts: 'Contact',
    },
    contact: { name: 'Name', kana: 'Reading (kana)', title: 'Title', phone: 'Phone', email: 'E-mail' },
    visit: {
      companyId: 'Company visited', date: 'Visit date', startTime: 'Start time', endTime: 'End time', coordinator: 'Coordinator',
      attendees: 'People met', purpose: 'Purpose', summary: 'Summary', needIds: 'Needs', seedIds: 'Seeds introduced',
      followUps: 'Follow-up', nextVisit: 'Next visit', attachmentIds: 'Attachments', state: 'State',
      openFollowUpDues: 'Follow-up due dates',
    },
    followUp: { text: 'Text', due: 'Due date', done: 'Done' },
    need: {
      companyId: 'Company', sourceVisitId: 'Visit where heard', title: 'Need', description: 'Description', field: 'Field',
      keywords: 'Keywords', confidential: 'Confidential', status: 'Status',
    },
    seed: {
      title: 'Theme', field: 'Field', stage: 'Stage', institution: 'Institution', researcher: 'Researcher', summary: 'Summary',
      advantage: 'Problem solved / advantage', applications: 'Applications', keywords: 'Keywords', ipStatus: 'IP status',
      contact: 'Contact', figureAttachmentId: 'Figure', visibility: 'Visibility',
    },
    match: { needId: 'Need', seedId: 'Seed', reason: 'Reason', status: 'Status', nextAction: 'Next action', due: 'Due date' },
    event: {
      kind: 'Kind', title: 'Title', region: 'Region', date: 'Date', venue: 'Venue', organisers: 'Organisers',
      seedIds: 'Seeds presented', invitedCompanyIds: 'Invited companies', attendance: 'Attendance', consultations: 'Consultation',
    },
    attendance: { companyId: 'Company', names: 'Attendees', attended: 'Attended' },
    consultation: { companyId: 'Company', seedIds: 'Seeds', notes: 'Notes' },
    project: {
      title: 'Title', companyIds: 'Companies', seedIds: 'Seeds', stage: 'Stage', funding: 'External funding',
      subsidy: 'Subsidy application', notes: 'Notes',
    },
    funding: { name: 'Funding name', programmeId: 'Programme', amountYen: 'Amount' },
    subsidy: {
      programmeId: 'Programme', fiscalYear: 'Fiscal year', costsYen: 'Project costs', requestedYen: 'Amount requested',
      rate: 'Subsidy rate', state: 'State',
    },
    programme: {
      name: 'Programme name', fiscalYear: 'Fiscal year', awards: 'Planned awards', grantMinYen: 'Minimum grant',
      grantMaxYen: 'Maximum grant', rateSme: 'Rate (SMEs)', rateLarge: 'Rate (large firms)', callStart: 'Call opens',
      callEnd: 'Call closes', committeeDate: 'Review committee', periodEnd: 'Funded period ends', notes: 'Notes',
    },
    attachment: { sha256: 'Hash', name: 'File name', type: 'File type', size: 'File size' },
  },
  regions: { murayama: 'Murayama', mogami: 'Mogami', okitama: 'Okitama', shonai: 'Shonai', outside: 'Outside the prefecture' },
  companyKinds: {
    ja: 'JA (agricultural co-operative)', agriCorporation: 'Agricultural corporation', farmer: 'Farmer', foodMaker: 'Food maker',
    medical: 'Medical company', financial: 'Financial institution', university: 'University / research institute',
    publicLab: 'Public research centre',
  },
  companySizes: { sme: 'SME', large: 'Large company' },
  visitPurposes: {
    needsDiscovery: 'Needs discovery', seedIntroduction: 'Seed introduction', followUp: 'Follow-up',
    jointResearchMeeting: 'Joint-research meeting', other: 'Other',
  },
  researchFields: { medical: 'Medical', agriculture: 'Agriculture', food: 'Food', environment: 'Environment' },
  researchStages: { basic: 'Basic research', applied: 'Applied research', practical: 'Practical use' },
  eventKinds: {
    seedBriefing: 'Seed briefing', researchExchange: 'Research exchange', presentationExhibition: 'Presentations and exhibition',
    liaisonMeeting: 'Liaison meeting', seminar: 'Seminar',
  },
  needStatuses: { open: 'Open', matched: 'Matched', jointResearch: 'Joint research', closed: 'Closed' },
  matchStatuses: { proposed: 'Proposed', contacted: 'Contacted', theme: 'Became a theme', declined: 'Declined' },
  visitStates: { draft: 'Draft', final: 'Final' },
  visibilities: { public: 'Public', internal: 'Internal only' },
};
