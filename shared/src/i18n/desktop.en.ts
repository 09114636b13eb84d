import type { desktopJa } from './desktop.ja.ts';
import type { LocaleShape } from './localeShape.ts';

/** English text of the desktop shell; keys mirror `desktopJa`. */
export const desktopEn: LocaleShape<typeof desktopJa> = {
  menu: {
    app: {
      about: 'About Kakehashi',
      services: 'Services',
      hide: 'Hide Kakehashi',
      hideOthers: 'Hide Others',
      unhide: 'Show All',
      quit: 'Quit Kakehashi',
    },
    file: {
      title: 'File',
      newVisit: 'New Visit',
      backup: 'Back Up…',
      restore: 'Restore…',
      export: 'Export…',
      print: 'Print…',
      quit: 'Exit',
      close: 'Close Window',
    },
    edit: {
      title: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
    },
    view: {
      title: 'View',
      reload: 'Reload',
      devTools: 'Developer Tools',
      resetZoom: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      fullScreen: 'Full Screen',
    },
    window: { title: 'Window', minimize: 'Minimize', zoom: 'Zoom', front: 'Bring All to Front' },
    help: {
      title: 'Help',
      about: 'About',
      openLogs: 'Open Logs Folder',
      diagnostics: 'Export Diagnostics…',
    },
  },
  quit: {
    waiting: 'Kakehashi quits once drafts are saved and sync has finished its batch. Choose Quit again to quit now.',
  },
  about: {
    title: 'Kakehashi',
    detail: 'Version {{version}}\nElectron {{electron}} / Chromium {{chrome}} / Node {{node}}\n{{os}}',
  },
  crash: {
    mainTitle: 'Kakehashi ran into an unexpected error',
    mainDetail:
      'Your saved data is not lost. The error was written to the log (Help → Open Logs Folder). If it keeps happening, send the file made by Help → Export Diagnostics to your support contact.\n\n{{message}}',
    rendererTitle: 'The window stopped responding',
    rendererDetail: 'Your saved data is not lost. Reload the window? (reason: {{reason}})',
    reload: 'Reload',
    quit: 'Quit',
  },
  diagnostics: {
    saved: 'Diagnostics saved: {{path}}',
    failed: 'The diagnostics could not be written: {{message}}',
    fileType: 'Diagnostics (zip)',
  },
  database: {
    newerTitle: 'This data was written by a newer version of Kakehashi',
    newerBody:
      'The database has schema version {{stored}}; this Kakehashi reads schema versions up to {{supported}}. It was not opened, so nothing in it is changed. Install the newer version of Kakehashi.',
    upgradeFailedTitle: 'Updating the database failed',
    upgradeFailedBody:
      'The old data is unchanged. The backup written before the update: {{backup}}. Contact your support and send them the file made by Export Diagnostics.',
    backupFailedTitle: 'The backup before the update could not be written',
    backupFailedBody:
      'To keep your data safe the database was not updated. Check the free disk space and start the app again. ({{detail}})',
  },
  notice: { dismiss: 'Dismiss', label: 'Notice' },
  restoreHandoff: {
    notice: 'You opened {{name}}. Press “Restore…” to check the file and restore it.',
  },
};
