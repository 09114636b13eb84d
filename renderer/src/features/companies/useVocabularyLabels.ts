import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { findMunicipality, outsidePrefectureId } from '#shared/master/municipalities';

/** The shown name of a municipality code ('' for none), in the UI language. */
export function useMunicipalityName(): (id: string) => string {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (id: string) => {
      if (id === '') return '';
      if (id === outsidePrefectureId) return t('data.regions.outside');
      const municipality = findMunicipality(id);
      if (municipality === undefined) return id;
      return english ? municipality.en : municipality.ja;
    },
    [t, english],
  );
}
