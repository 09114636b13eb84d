/**
 * Research institutions the FY2012 plan names. "The 17 公設試" is a count in the plan, not a
 * list, so only the ones it names are here; any other institution is entered as free text.
 */
export const researchInstitutions = [
  { id: 'keio', name: '慶應義塾大学先端生命科学研究所', short: '慶應先端研' },
  { id: 'yamagataUniversity', name: '山形大学', short: '山形大学' },
  { id: 'yamagataMedicine', name: '山形大学医学部', short: '山形大医学部' },
  { id: 'yamagataAgriculture', name: '山形大学農学部', short: '山形大農学部' },
  { id: 'industrialTechnology', name: '山形県工業技術センター', short: '県工業技術センター' },
  { id: 'agriculturalResearch', name: '山形県農業総合研究センター', short: '県農業総合研究センター' },
  { id: 'paddyExperimentStation', name: '山形県農業総合研究センター水田農業試験場', short: '水田農業試験場' },
] as const;

/** The id of an institution of the master list. */
export type ResearchInstitutionId = (typeof researchInstitutions)[number]['id'];

/** Every institution id of the master list. */
export const researchInstitutionIds = researchInstitutions.map((entry) => entry.id) as [
  ResearchInstitutionId,
  ...ResearchInstitutionId[],
];

/** The id of 慶應先端研, whose participation the prefecture's grant requires. */
export const keioInstitutionId: ResearchInstitutionId = 'keio';

/** The master entry of an id, or undefined. */
export function researchInstitution(id: string): (typeof researchInstitutions)[number] | undefined {
  return researchInstitutions.find((entry) => entry.id === id);
}
