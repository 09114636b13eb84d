import { useCallback } from 'react';
import { formatDate, type DateDisplay } from '#shared/text/japaneseDate';
import { useSettings } from '../settings/SettingsProvider.tsx';

/** Formats ISO days in the user's language and calendar (西暦 or 和暦); '' stays ''. */
export function useDateDisplay(): (iso: string) => string {
  const { settings } = useSettings();
  const display: DateDisplay = { language: settings.language, calendar: settings.calendar };
  const { language, calendar } = display;
  return useCallback(
    (iso: string) => (iso === '' ? '' : formatDate(iso, { language, calendar })),
    [language, calendar],
  );
}

/** Today as a local ISO day, and the current local time as HH:MM. */
export function localNow(now = new Date()): Readonly<{ date: string; time: string }> {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

/** An instant (ISO, UTC) as a local day and time, e.g. for the edit history. */
export function localDayAndTime(instant: string): Readonly<{ date: string; time: string }> {
  return localNow(new Date(instant));
}
