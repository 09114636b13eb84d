import type { ReportDimension, ReportFilter } from './reportModel.ts';
import { fiscalYearEra } from '../text/japaneseDate.ts';

/** Looks up a UI text by its dotted key, with {{name}} values (i18next's `t`, or `plainTranslator`). */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** What labelling a report needs besides the UI texts: names of the records its rows refer to. */
export type ReportLabels = Readonly<{
  t: Translate;
  companyName: (id: string) => string;
  seedTitle: (id: string) => string;
}>;

/** A `Translate` over a plain locale object (for scripts without i18next): unknown keys come back as the key. */
export function plainTranslator(resource: object): Translate {
  return (key, values = {}) => {
    let node: unknown = resource;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    const text = typeof node === 'string' ? node : key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

const vocabulary: Partial<Record<ReportDimension, string>> = {
  region: 'data.regions',
  companyKind: 'data.companyKinds',
  purpose: 'data.visitPurposes',
  researchField: 'data.researchFields',
  needStatus: 'data.needStatuses',
  matchStatus: 'data.matchStatuses',
  eventKind: 'data.eventKinds',
  measure: 'reports.measures',
};

/** The label of a row: a vocabulary entry, a month, a coordinator's name or a seed sheet's title. */
export function rowLabel(dimension: ReportDimension, key: string, labels: ReportLabels): string {
  if (key === 'unknown') return labels.t('reports.unknown');
  if (dimension === 'month') return labels.t('reports.month', { month: Number(key) });
  if (dimension === 'coordinator') return key;
  if (dimension === 'seed') return labels.seedTitle(key);
  const prefix = vocabulary[dimension];
  return prefix === undefined ? key : labels.t(`${prefix}.${key}`);
}

/** A fiscal year named both ways for the report's heading: "令和元年度（2019年度）" or "FY2019". */
export function reportYearLabel(fiscalYear: number, language: 'ja' | 'en'): string {
  if (language === 'en') return `FY${fiscalYear}`;
  const { era, year } = fiscalYearEra(fiscalYear);
  return `${era}${year}年度（${fiscalYear}年度）`;
}

/** The filter in words: year, coordinator and region when chosen. */
export function filterLabel(filter: ReportFilter, labels: ReportLabels, language: 'ja' | 'en'): string {
  const parts = [reportYearLabel(filter.fiscalYear, language)];
  if (filter.coordinator !== '') parts.push(`${labels.t('reports.coordinator')}: ${filter.coordinator}`);
  if (filter.region !== '') parts.push(`${labels.t('reports.region')}: ${labels.t(`data.regions.${filter.region}`)}`);
  return parts.join(language === 'ja' ? '・' : ', ');
}
