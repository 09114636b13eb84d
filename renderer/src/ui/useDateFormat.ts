import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '#shared/text/japaneseDate';
import { useSettings } from '../features/settings/SettingsProvider.tsx';

/** Formats ISO days in the UI language and the calendar the user chose (西暦 or 和暦). */
export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const { settings } = useSettings();
  const language = i18n.language === 'en' ? 'en' : 'ja';
  const { calendar } = settings;
  return useCallback(
    (iso: string) => {
      try {
        return formatDate(iso, { language, calendar });
      } catch {
        // A stored value that is not a day is shown as stored rather than hidden.
        return iso;
      }
    },
    [language, calendar],
  );
}

/** Today's date on this computer, as an ISO day. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
