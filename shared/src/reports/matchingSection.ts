import { matchStatuses } from '../master/vocabularies.ts';
import { fiscalYearOfInstant } from './reportDates.ts';
import { countBy, regionOfCompany, rowOf } from './reportIndex.ts';
import type { Match } from '../domain/match.ts';
import type { ReportFilter, ReportIndex, SectionFunction } from './reportModel.ts';
import { needsOfYear } from './needsSeedsSection.ts';

/** The matches recorded in the filter's fiscal year (Japan time), of needs of companies in its region. */
export function matchesOfYear(index: ReportIndex, filter: ReportFilter): Match[] {
  return index.data.matches.filter((m) => {
    const need = index.needById.get(m.needId);
    return (
      need !== undefined &&
      index.companyById.has(need.companyId) &&
      fiscalYearOfInstant(m.createdAt) === filter.fiscalYear &&
      (filter.region === '' || regionOfCompany(index, need.companyId) === filter.region)
    );
  });
}

/**
 * Matching: the matches proposed in the year (recorded, Japan time) by current status; those of
 * them now テーマ化; the funnel from the year's new needs to those with a match and to those with
 * a テーマ化 match. (The funnel's project step joins when projects record their needs.)
 */
export const matchingSection: SectionFunction = (index, filter) => {
  const matches = matchesOfYear(index, filter);
  const needs = needsOfYear(index, filter);
  const live = index.data.matches.filter((m) => m.status !== 'declined');
  const matchedNeeds = new Set(live.map((m) => m.needId as string));
  const themedNeeds = new Set(live.filter((m) => m.status === 'theme').map((m) => m.needId as string));
  return [
    {
      id: 'matchesByStatus',
      dimension: 'matchStatus',
      rows: countBy(matches, (m) => m.status, 'matches', matchStatuses),
    },
    {
      id: 'newThemes',
      dimension: 'measure',
      rows: [
        rowOf(
          'themes',
          'matches',
          matches.filter((m) => m.status === 'theme').map((m) => m.id),
        ),
      ],
    },
    {
      id: 'funnel',
      dimension: 'measure',
      rows: [
        rowOf(
          'funnelNeeds',
          'needs',
          needs.map((n) => n.id),
        ),
        rowOf(
          'funnelMatched',
          'needs',
          needs.filter((n) => matchedNeeds.has(n.id)).map((n) => n.id),
        ),
        rowOf(
          'funnelThemed',
          'needs',
          needs.filter((n) => themedNeeds.has(n.id)).map((n) => n.id),
        ),
      ],
    },
  ];
};
