import { useSettings } from '../settings/SettingsProvider.tsx';

/** The UI language the user chose, for messages built outside i18next (validation, CSV). */
export function useUiLanguage(): 'ja' | 'en' {
  return useSettings().settings.language;
}
