import { regionIds } from '../master/regions.ts';
import { companyKinds, visitPurposes } from '../master/vocabularies.ts';
import { countBy, regionOfCompany, rowOf, visitsOfYear } from './reportIndex.ts';
import { fiscalMonths } from './reportDates.ts';
import type { SectionFunction } from './reportModel.ts';

const prefectureRegions = regionIds.filter((region) => region !== 'outside');

/**
 * Activity (訪問活動): the year's final visits by the company's region, the company's kind, the
 * purpose and the month of the visit date; the companies visited (distinct) and those visited for
 * the first time ever; visits per coordinator.
 */
export const activitySection: SectionFunction = (index, filter) => {
  const visits = visitsOfYear(index, filter);
  const kindOf = (companyId: string) => index.companyById.get(companyId)?.kind ?? '';
  const firstVisits = visits.filter((v) => index.firstVisitDate.get(v.companyId) === v.date);
  const firstCompanies = firstVisits.map((v) => v.companyId as string);
  return [
    {
      id: 'visitsByRegion',
      dimension: 'region',
      rows: countBy(
        visits,
        (v) => regionOfCompany(index, v.companyId),
        'visits',
        prefectureRegions,
        (a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b)),
      ),
    },
    {
      id: 'visitsByKind',
      dimension: 'companyKind',
      rows: countBy(visits, (v) => kindOf(v.companyId), 'visits', companyKinds),
    },
    { id: 'visitsByPurpose', dimension: 'purpose', rows: countBy(visits, (v) => v.purpose, 'visits', visitPurposes) },
    {
      id: 'visitsByMonth',
      dimension: 'month',
      rows: countBy(visits, (v) => v.date.slice(5, 7), 'visits', fiscalMonths),
    },
    {
      id: 'companiesVisited',
      dimension: 'measure',
      rows: [
        rowOf(
          'distinctCompanies',
          'companies',
          visits.map((v) => v.companyId),
        ),
        rowOf('firstVisits', 'companies', firstCompanies),
      ],
    },
    {
      id: 'visitsByCoordinator',
      dimension: 'coordinator',
      rows: countBy(
        visits,
        (v) => v.coordinator,
        'visits',
        [],
        (a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b, 'ja')),
      ),
    },
  ];
};
