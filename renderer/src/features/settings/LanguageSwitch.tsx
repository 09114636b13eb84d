import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '#shared/settings';
import { useSettings } from './SettingsProvider.tsx';

function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/** A select that switches the UI language and stores the choice in the settings. */
export function LanguageSwitch(): ReactNode {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('shell.language')}</label>
      <select
        id={id}
        value={settings.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void update({ language: event.target.value });
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
