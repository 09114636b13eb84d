import { en } from './en.ts';
import { ja } from './ja.ts';

/** i18next resources for every UI language, Japanese first. */
export const resources = {
  ja: { translation: ja },
  en: { translation: en },
} as const;
