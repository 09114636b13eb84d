import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ja } from '#shared/i18n/ja';

type DataTexts = typeof ja.data;

/** The vocabularies of the data model whose values have a label under `data.<vocabulary>`. */
export type Vocabulary =
  | 'regions'
  | 'companyKinds'
  | 'companySizes'
  | 'visitPurposes'
  | 'researchFields'
  | 'researchStages'
  | 'eventKinds'
  | 'needStatuses'
  | 'matchStatuses'
  | 'visibilities';

/**
 * The `<option>`s of a vocabulary in its order, each labelled in the UI language, after an
 * optional first option for "none" / "any" (value ''). Goes inside any `<select>`, controlled or
 * registered with react-hook-form.
 */
export function VocabularyOptions<V extends Vocabulary>({
  vocabulary,
  values,
  empty,
}: Readonly<{
  vocabulary: V;
  values: readonly (keyof DataTexts[V] & string)[];
  /** The label of the '' option; none is drawn when absent. */
  empty?: string;
}>): ReactNode {
  const { t } = useTranslation();
  // `values` are keys of `data[V]`, so the key exists; i18next's key type cannot follow a generic V.
  const label = (value: string) => t(`data.${vocabulary}.${value}` as 'data.regions.outside');
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
