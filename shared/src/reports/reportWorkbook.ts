import type { ExportCell, ExportTable } from '../export/exportTable.ts';
import { toXlsx } from '../export/xlsx.ts';
import { fiscalYearOf } from '../text/japaneseDate.ts';
import { japanDayOf } from './reportDates.ts';
import { regionOfCompany, visitsOfYear } from './reportIndex.ts';
import { filterLabel, reportYearLabel, rowLabel, type ReportLabels } from './reportLabels.ts';
import { matchesOfYear } from './matchingSection.ts';
import type { Report, ReportIndex, ReportTable } from './reportModel.ts';
import { attendeesOf, briefingRegions, needDay, needsOfYear } from './needsSeedsSection.ts';
import { exchangeKinds } from './exchangeSection.ts';

type Language = 'ja' | 'en';

function comparisonColumns(report: Report, labels: ReportLabels, language: Language) {
  const { t } = labels;
  return [
    { header: reportYearLabel(report.filter.fiscalYear, language), kind: 'number', width: 22 },
    { header: reportYearLabel(report.filter.fiscalYear - 1, language), kind: 'number', width: 22 },
    { header: t('reports.columns.difference'), kind: 'number' },
    { header: t('reports.columns.ratio'), kind: 'number' },
  ] as const;
}

const comparisonCells = (row: ReportTable['rows'][number]): ExportCell[] => [
  row.current.value,
  row.previous.value,
  row.difference,
  row.ratio === null ? null : Math.round(row.ratio * 1000) / 1000,
];

/** One sheet per report table: category, this year, last year, difference, ratio. */
export function reportTableSheets(report: Report, labels: ReportLabels, language: Language): ExportTable[] {
  return report.sections.flatMap((section) =>
    section.tables.map((table) => ({
      name: labels.t(`reports.tables.${table.id}`),
      columns: [
        { header: labels.t('reports.columns.category'), kind: 'text', width: 30 },
        ...comparisonColumns(report, labels, language),
      ],
      rows: table.rows.map((row) => [rowLabel(table.dimension, row.key, labels), ...comparisonCells(row)]),
    })),
  );
}

/** The summary sheet: the scope, then every row of every table with both years. */
export function reportSummarySheet(report: Report, labels: ReportLabels, language: Language): ExportTable {
  const { t } = labels;
  return {
    name: t('reports.sheets.summary'),
    columns: [
      { header: t('reports.columns.section'), kind: 'text', width: 16 },
      { header: t('reports.columns.table'), kind: 'text', width: 36 },
      { header: t('reports.columns.category'), kind: 'text', width: 30 },
      ...comparisonColumns(report, labels, language),
    ],
    rows: [
      [t('reports.title'), filterLabel(report.filter, labels, language), null, null, null, null, null],
      ...report.sections.flatMap((section) =>
        section.tables.flatMap((table) =>
          table.rows.map((row) => [
            t(`reports.sections.${section.id}`),
            t(`reports.tables.${table.id}`),
            rowLabel(table.dimension, row.key, labels),
            ...comparisonCells(row),
          ]),
        ),
      ),
    ],
  };
}

/** The records the report counts in its fiscal year, one sheet per table, so anyone can recount. */
export function reportRecordSheets(index: ReportIndex, report: Report, labels: ReportLabels): ExportTable[] {
  const { t } = labels;
  const c = (name: string) => t(`reports.recordColumns.${name}`);
  const filter = report.filter;
  const regionName = (companyId: string) => {
    const region = regionOfCompany(index, companyId);
    return region === '' ? '' : t(`data.regions.${region}`);
  };
  const kindName = (companyId: string) => {
    const kind = index.companyById.get(companyId)?.kind;
    return kind === undefined ? '' : t(`data.companyKinds.${kind}`);
  };
  const visits = visitsOfYear(index, filter).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const needs = needsOfYear(index, filter).sort((a, b) => needDay(index, a).localeCompare(needDay(index, b)));
  const matches = matchesOfYear(index, filter).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const counted: readonly string[] = [...briefingRegions];
  const events = index.data.events
    .filter(
      (e) =>
        fiscalYearOf(e.date) === filter.fiscalYear &&
        (filter.region === '' || e.region === filter.region) &&
        ((e.kind === 'seedBriefing' && counted.includes(e.region)) ||
          (exchangeKinds as readonly string[]).includes(e.kind)),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
  const needTitle = (needId: string) => {
    const need = index.needById.get(needId);
    if (need === undefined) return '';
    return need.confidential ? t('reports.confidential') : need.title;
  };
  return [
    {
      name: t('reports.sheets.visits'),
      columns: [
        { header: c('date'), kind: 'date' },
        { header: c('company'), kind: 'text', width: 30 },
        { header: c('region'), kind: 'text' },
        { header: c('kind'), kind: 'text', width: 18 },
        { header: c('purpose'), kind: 'text', width: 16 },
        { header: c('coordinator'), kind: 'text', width: 18 },
        { header: c('seeds'), kind: 'text', width: 40 },
      ],
      rows: visits.map((v) => [
        v.date,
        labels.companyName(v.companyId),
        regionName(v.companyId),
        kindName(v.companyId),
        v.purpose === '' ? '' : t(`data.visitPurposes.${v.purpose}`),
        v.coordinator,
        v.seedIds.map((id) => labels.seedTitle(id)).join('、'),
      ]),
    },
    {
      name: t('reports.sheets.needs'),
      columns: [
        { header: c('date'), kind: 'date' },
        { header: c('company'), kind: 'text', width: 30 },
        { header: c('region'), kind: 'text' },
        { header: c('need'), kind: 'text', width: 40 },
        { header: c('field'), kind: 'text' },
        { header: c('status'), kind: 'text', width: 16 },
        { header: c('confidential'), kind: 'text' },
      ],
      rows: needs.map((n) => [
        needDay(index, n),
        labels.companyName(n.companyId),
        regionName(n.companyId),
        needTitle(n.id),
        t(`data.researchFields.${n.field}`),
        t(`data.needStatuses.${n.status}`),
        n.confidential ? c('yes') : '',
      ]),
    },
    {
      name: t('reports.sheets.matches'),
      columns: [
        { header: c('recordedOn'), kind: 'date' },
        { header: c('company'), kind: 'text', width: 30 },
        { header: c('need'), kind: 'text', width: 40 },
        { header: c('seed'), kind: 'text', width: 40 },
        { header: c('status'), kind: 'text' },
      ],
      rows: matches.map((m) => [
        japanDayOf(m.createdAt),
        labels.companyName(index.needById.get(m.needId)?.companyId ?? ''),
        needTitle(m.needId),
        labels.seedTitle(m.seedId),
        t(`data.matchStatuses.${m.status}`),
      ]),
    },
    {
      name: t('reports.sheets.events'),
      columns: [
        { header: c('date'), kind: 'date' },
        { header: c('eventKind'), kind: 'text', width: 22 },
        { header: c('eventTitle'), kind: 'text', width: 40 },
        { header: c('region'), kind: 'text' },
        { header: c('attendees'), kind: 'number' },
        { header: c('consultations'), kind: 'number' },
      ],
      rows: events.map((e) => [
        e.date,
        t(`data.eventKinds.${e.kind}`),
        e.title,
        e.region === '' ? '' : t(`data.regions.${e.region}`),
        attendeesOf(e),
        e.consultations.length,
      ]),
    },
  ];
}

/** The whole report as sheets: the summary, one sheet per table, then the records counted. */
export function reportWorkbookTables(
  index: ReportIndex,
  report: Report,
  labels: ReportLabels,
  language: Language,
): ExportTable[] {
  return [
    reportSummarySheet(report, labels, language),
    ...reportTableSheets(report, labels, language),
    ...reportRecordSheets(index, report, labels),
  ];
}

/** The report's workbook (.xlsx bytes): Japanese sheet names, frozen bold headers, numbers and dates. */
export async function reportWorkbook(
  index: ReportIndex,
  report: Report,
  labels: ReportLabels,
  language: Language,
): Promise<Uint8Array<ArrayBuffer>> {
  return toXlsx(reportWorkbookTables(index, report, labels, language));
}
