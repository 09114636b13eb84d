import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '#shared/i18n/resources';
import type { Language } from '#shared/settings';

/** Starts i18next in Japanese; the stored language is applied once settings load. */
export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: 'ja',
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = 'ja';
}

/** Switches the UI language and the document's `lang`, which screen readers and fonts use. */
export async function applyLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
