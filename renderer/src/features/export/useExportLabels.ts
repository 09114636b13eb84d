import { useTranslation } from 'react-i18next';
import { useMunicipalityName } from '../companies/useVocabularyLabels.ts';
import type { ExportLabels } from './listTables.ts';

/** The labels an export writes, in the UI language; company names from the list's own map. */
export function useExportLabels(companyNames: ReadonlyMap<string, string> = new Map()): ExportLabels {
  const { t } = useTranslation();
  const municipalityName = useMunicipalityName();
  return { t, municipalityName, companyName: (id) => companyNames.get(id) ?? '' };
}
