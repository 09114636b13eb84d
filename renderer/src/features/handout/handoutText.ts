import { useTranslation } from 'react-i18next';
import type { HandoutLanguage } from '#shared/handout/handoutModel';
import { regionNames, type RegionId } from '#shared/master/regions';
import type { EventKind, ResearchField, ResearchStage } from '#shared/master/vocabularies';
import {
  formatDateEn,
  formatEraYearEn,
  formatHandoutFiscalYear,
  formatJapaneseEraDate,
  formatWesternDateJa,
} from '#shared/handout/handoutDates';

/** The handout's own translator: it follows the handout's language, not the UI's. */
export function useHandoutT(language: HandoutLanguage) {
  return useTranslation('translation', { keyPrefix: 'handout', lng: language }).t;
}

/** Vocabulary labels (event kinds, fields, stages, regions) in the handout's language. */
export function useHandoutLabels(language: HandoutLanguage) {
  const { t } = useTranslation('translation', { keyPrefix: 'data', lng: language });
  return {
    kind: (kind: EventKind) => t(`eventKinds.${kind}`),
    field: (field: ResearchField) => t(`researchFields.${field}`),
    stage: (stage: ResearchStage) => t(`researchStages.${stage}`),
    region: (region: RegionId | '') => (region === '' ? '' : regionNames[region][language]),
  };
}

/** A date as a handout prints it in running text (和暦 in Japanese, Western in English). */
export function handoutDate(language: HandoutLanguage, iso: string): string {
  return language === 'ja' ? formatJapaneseEraDate(iso) : formatDateEn(iso);
}

/** The cover's date line parts: 和暦 and Western. */
export function coverDateParts(language: HandoutLanguage, iso: string): { era: string; western: string } {
  return language === 'ja'
    ? { era: formatJapaneseEraDate(iso), western: formatWesternDateJa(iso) }
    : { era: formatEraYearEn(iso), western: formatDateEn(iso) };
}

/** A fiscal year as printed: 平成24年度 or FY2012. */
export function handoutFiscalYear(language: HandoutLanguage, fiscalYear: number): string {
  return formatHandoutFiscalYear(fiscalYear, language);
}

/** A whole number with digit grouping in the handout's language. */
export function handoutNumber(language: HandoutLanguage, value: number): string {
  return new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-GB').format(value);
}
