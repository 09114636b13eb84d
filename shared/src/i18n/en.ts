import { desktopEn } from './desktop.en.ts';
import { dataEn } from './data.en.ts';
import { eventsEn } from './events.en.ts';
import { exportEn } from './export.en.ts';
import { handoutEn } from './handout.en.ts';
import { importEn } from './import.en.ts';
import { searchEn } from './search.en.ts';
import { screensEn } from './screens.en.ts';
import { seedsEditorEn } from './seedsEditor.en.ts';
import { visitsEn } from './visits.en.ts';
import type { ja } from './ja.ts';
import type { LocaleShape } from './localeShape.ts';
import { syncEn } from './sync.en.ts';
import { takeBackEn } from './takeBack.en.ts';
import { projectsEn } from './projects.en.ts';
import { reportsEn } from './reports.en.ts';

/** English UI text; keys mirror `ja`. */
export const en: LocaleShape<typeof ja> = {
  data: dataEn,
  sync: syncEn,
  export: exportEn,
  takeBack: takeBackEn,
  desktop: desktopEn,
  projects: projectsEn,
  reports: reportsEn,
  app: {
    name: 'Kakehashi',
    subtitle: 'Bridging needs and seeds',
  },
  nav: {
    label: 'Main menu',
    home: 'Home',
    companies: 'Companies',
    visits: 'Visits',
    needs: 'Needs',
    seeds: 'Seeds',
    events: 'Sessions',
    programmes: 'Programmes',
    reports: 'Reports',
    sync: 'Sync',
    trash: 'Trash',
    settings: 'Settings',
  },
  shell: {
    online: 'Online',
    offline: 'Offline',
    connectionStatus: 'Connection',
    language: 'Language',
  },
  pages: {
    events: { intro: 'Plan seed explanation sessions and make their handouts here.' },
    sync: { intro: 'Set up sync through a shared folder, WebDAV or S3 here.' },
  },

  settings: {
    languageHelp: 'Choose the display language. Your choice is kept for the next start.',
    calendar: 'Years shown as',
    calendarGregory: 'Western (2026)',
    calendarJapanese: 'Japanese era (Reiwa 8)',
    about: 'About this app',
    version: 'Version',
    platform: 'Platform',
    userDataPath: 'Data folder',
    saved: 'Settings saved.',
    recoveredUnreadable:
      'The settings file could not be read, so the defaults were restored. The original file was kept as {{backupFile}}.',
    recoveredInvalid:
      'The settings file had invalid values, so the defaults were restored. The original file was kept as {{backupFile}}.',
  },
  languages: {
    ja: '日本語',
    en: 'English',
  },
  events: eventsEn,
  handout: handoutEn,
  import: importEn,
  errors: {
    title: 'Something went wrong',
    boundaryHelp: 'This screen could not be shown. Your saved data is safe. Please reload.',
    reload: 'Reload',
    details: 'Details',
    notFound: 'Page not found.',
    backToHome: 'Back to home',
    host: {
      'unknown-channel': 'The app called an internal function that does not exist.',
      'invalid-input': 'Some input is not valid.',
      'forbidden-sender': 'This screen is not allowed to do that.',
      'handler-failed': 'The operation failed.',
      'invalid-output': 'The app returned an unexpected result.',
      'not-found': 'Not found.',
      'too-large': 'The file is too large.',
      'unsupported-type': 'This kind of file is not supported.',
      'io-failed': 'Reading or writing a file failed.',
      cancelled: 'Cancelled.',
      'sync-failed': 'Sync failed.',
      'invalid-file': 'The file is damaged or not a file of this app. Nothing was changed.',
    },
  },
  search: searchEn,
  screens: screensEn,
  visits: visitsEn,
  seedsEditor: seedsEditorEn,
};
