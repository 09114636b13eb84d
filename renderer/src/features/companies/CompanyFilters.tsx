import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyCompanyFilter, type CompanyFilter } from '#shared/companies/companyFilter';
import { municipalities, outsidePrefectureId } from '#shared/master/municipalities';
import { regionIds } from '#shared/master/regions';
import { companyKinds, companySizes, researchFields } from '#shared/master/vocabularies';
import { VocabularyOptions } from '../../ui/VocabularyOptions.tsx';
import { useMunicipalityName } from './useVocabularyLabels.ts';

type Props = Readonly<{ filter: CompanyFilter; onChange: (filter: CompanyFilter) => void }>;

/** The filter bar of the company list: one compact row of labelled controls. */
export function CompanyFilters({ filter, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const municipalityName = useMunicipalityName();
  const id = useId();
  const set = (patch: Partial<CompanyFilter>) => onChange({ ...filter, ...patch });
  const shownMunicipalities = municipalities.filter((m) => filter.region === '' || m.region === filter.region);

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('screens.companies.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor={`${id}-q`}>{t('screens.companies.text')}</label>
      <input id={`${id}-q`} type="search" value={filter.text} onChange={(event) => set({ text: event.target.value })} />
      <label htmlFor={`${id}-region`}>{t('data.fields.company.region')}</label>
      <select
        id={`${id}-region`}
        value={filter.region}
        onChange={(event) => set({ region: event.target.value as CompanyFilter['region'], municipality: '' })}
      >
        <VocabularyOptions vocabulary="regions" values={regionIds} empty={t('screens.common.any')} />
      </select>
      <label htmlFor={`${id}-municipality`}>{t('data.fields.company.municipality')}</label>
      <select
        id={`${id}-municipality`}
        value={filter.municipality}
        onChange={(event) => set({ municipality: event.target.value })}
      >
        <option value="">{t('screens.common.any')}</option>
        {shownMunicipalities.map((m) => (
          <option key={m.id} value={m.id}>
            {municipalityName(m.id)}
          </option>
        ))}
        {(filter.region === '' || filter.region === 'outside') && (
          <option value={outsidePrefectureId}>{municipalityName(outsidePrefectureId)}</option>
        )}
      </select>
      <label htmlFor={`${id}-kind`}>{t('data.fields.company.kind')}</label>
      <select
        id={`${id}-kind`}
        value={filter.kind}
        onChange={(event) => set({ kind: event.target.value as CompanyFilter['kind'] })}
      >
        <VocabularyOptions vocabulary="companyKinds" values={companyKinds} empty={t('screens.common.any')} />
      </select>
      <label htmlFor={`${id}-field`}>{t('data.fields.company.fields')}</label>
      <select
        id={`${id}-field`}
        value={filter.field}
        onChange={(event) => set({ field: event.target.value as CompanyFilter['field'] })}
      >
        <VocabularyOptions vocabulary="researchFields" values={researchFields} empty={t('screens.common.any')} />
      </select>
      <label htmlFor={`${id}-size`}>{t('data.fields.company.size')}</label>
      <select
        id={`${id}-size`}
        value={filter.size}
        onChange={(event) => set({ size: event.target.value as CompanyFilter['size'] })}
      >
        <VocabularyOptions vocabulary="companySizes" values={companySizes} empty={t('screens.common.any')} />
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.hasOpenNeeds}
          onChange={(event) => set({ hasOpenNeeds: event.target.checked })}
        />
        {t('screens.companies.hasOpenNeeds')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.hasOverdueFollowUps}
          onChange={(event) => set({ hasOverdueFollowUps: event.target.checked })}
        />
        {t('screens.companies.hasOverdueFollowUps')}
      </label>
      <button type="button" onClick={() => onChange(emptyCompanyFilter)}>
        {t('screens.companies.clearFilters')}
      </button>
    </form>
  );
}
