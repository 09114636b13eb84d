/** How many days ahead home lists open follow-ups (today and overdue ones are listed apart). */
export const upcomingFollowUpDays = 14;

/** An ISO day moved by whole days (calendar days, no time zone involved). */
export function addIsoDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first and last day of the upcoming window after `today`: tomorrow up to `upcomingFollowUpDays` ahead. */
export function upcomingWindow(today: string): Readonly<{ from: string; to: string }> {
  return { from: addIsoDays(today, 1), to: addIsoDays(today, upcomingFollowUpDays) };
}
