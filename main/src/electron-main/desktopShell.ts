import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { release } from 'node:os';
import { desktopEn } from '#shared/i18n/desktop.en';
import { desktopJa } from '#shared/i18n/desktop.ja';
import type { Language } from '#shared/settings';
import type { BackupService } from '../services/backupService.ts';
import type { ChoosePath } from '../services/dataHandlers.ts';
import type { SettingsService } from '../services/settingsService.ts';
import type { AppLog } from '../services/shell/appLog.ts';
import type { RuntimeVersions } from '../services/shell/diagnostics.ts';
import { buildMenuTemplate, type MenuCommand, type MenuItemSpec } from '../services/shell/menuTemplate.ts';
import { createMainErrorReporter, rendererGoneAction } from '../services/shell/crashHandling.ts';
import { createQuitSequencer } from '../services/shell/quitSequencer.ts';
import { createShellCommandQueue } from '../services/shell/shellCommands.ts';
import type { ShellHandlerDeps } from '../services/shell/shellHandlers.ts';
import { createShellServices } from '../services/shell/shellServices.ts';
import { backupFileArgument, createLaunchHandoff } from '../services/shell/singleInstance.ts';
import { openMainLog } from './logging.ts';

const quitTimeoutMs = 15_000;

/** The desktop shell around the window: log, menu, single instance, safe quit, crash handling. */
export type DesktopShell = Readonly<{
  log: AppLog;
  /** The shell's handler dependencies, given the backup service and the save dialog. */
  handlerDeps(backups: Pick<BackupService, 'exportTo'>, chooseSavePath: ChoosePath): ShellHandlerDeps;
  /** Wraps the settings so a language change rebuilds the menu. */
  watchSettings(settings: SettingsService): SettingsService;
  /** Wraps the restore dialog: a file opened with the app is offered first, once. */
  withHandedOffFile(chooseOpenPath: ChoosePath): ChoosePath;
  /** Adopts the main window: menu, quit on close, crash recovery, and the file of the first launch. */
  adoptWindow(window: BrowserWindow): void;
}>;

function text(language: Language): typeof desktopJa {
  return language === 'en' ? desktopEn : desktopJa;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');
}

/**
 * Starts the shell before the app is ready: takes the single-instance lock (a second launch hands
 * its arguments to the first and quits), opens the log, and catches errors of main. Returns null
 * in a second instance, which must do nothing else.
 */
export function startDesktopShell(): DesktopShell | null {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  const development = !app.isPackaged;
  const log = openMainLog(app.getPath('logs'), development);
  log.info('app', `start ${app.getVersion()} on ${process.platform} ${release()} (${process.arch})`);

  const commands = createShellCommandQueue();
  let language: Language = 'ja';
  let mainWindow: BrowserWindow | null = null;
  let pageAlive = false;
  let handedOff: string | null = null;
  let quitWaiter: (() => void) | null = null;

  const versions = (): RuntimeVersions => ({
    app: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
    platform: process.platform,
    osRelease: release(),
    arch: process.arch,
    locale: app.getLocale(),
  });

  const focusWindow = (): void => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const showAbout = (): void => {
    const v = versions();
    void dialog.showMessageBox({
      type: 'info',
      title: text(language).menu.help.about,
      message: text(language).about.title,
      detail: fill(text(language).about.detail, {
        version: v.app,
        electron: v.electron ?? '-',
        chrome: v.chrome ?? '-',
        node: v.node,
        os: `${v.platform} ${v.osRelease} ${v.arch}`,
      }),
    });
  };

  const runCommand = (command: MenuCommand): void => {
    if (command === 'about') return showAbout();
    if (command === 'open-logs') {
      void shell.openPath(log.directory);
      return;
    }
    focusWindow();
    commands.post({ kind: 'menu', command });
  };

  const toElectron = (items: readonly MenuItemSpec[]): MenuItemConstructorOptions[] =>
    items.map((item) => {
      if ('type' in item) return { type: 'separator' };
      const { command, submenu, ...rest } = item;
      return {
        ...rest,
        ...(submenu === undefined ? {} : { submenu: toElectron(submenu) }),
        ...(command === undefined ? {} : { click: () => runCommand(command) }),
      };
    });

  const applyMenu = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(toElectron(buildMenuTemplate({ platform: process.platform, language, development }))),
    );
  };

  const handoff = createLaunchHandoff({
    focusWindow,
    rememberBackupFile: (path) => {
      handedOff = path;
    },
    offerRestore: (name) => commands.post({ kind: 'restore-file', name }),
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    log.info('app', 'a second launch was handed to this instance');
    handoff.secondInstance(argv, workingDirectory);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    handoff.openFile(path);
  });

  const sequencer = createQuitSequencer({
    prepare: () =>
      new Promise<void>((resolve) => {
        if (mainWindow === null || mainWindow.isDestroyed() || !pageAlive) return resolve();
        quitWaiter = resolve;
        commands.post({ kind: 'prepare-quit' });
      }),
    quit: () => setImmediate(() => app.quit()),
    notify: () => {
      log.info('app', 'quit requested: waiting for drafts and sync');
      if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.setTitle(text(language).quit.waiting);
    },
    warn: (message) => log.warn('app', message),
    timeoutMs: quitTimeoutMs,
    setTimer: (callback, ms) => {
      const timer = setTimeout(callback, ms);
      return { cancel: () => clearTimeout(timer) };
    },
  });
  app.on('before-quit', (event) => {
    if (sequencer.requestQuit() === 'wait') event.preventDefault();
  });

  // An error of main is logged and shown; the data lives in the page's database, which it does not touch.
  const reportMainError = createMainErrorReporter({
    log,
    canShow: () => app.isReady(),
    show: (message) =>
      dialog.showErrorBox(text(language).crash.mainTitle, fill(text(language).crash.mainDetail, { message })),
  });
  process.on('uncaughtException', reportMainError);
  process.on('unhandledRejection', reportMainError);

  return {
    log,
    handlerDeps: (backups, chooseSavePath) =>
      createShellServices({
        userDataPath: app.getPath('userData'),
        log,
        commands,
        backups,
        versions: versions(),
        chooseDiagnosticsPath: chooseSavePath,
        quitReady: () => {
          const waiter = quitWaiter;
          quitWaiter = null;
          waiter?.();
          return waiter !== null;
        },
        now: () => new Date(),
      }),
    watchSettings: (settings) => {
      language = settings.get().language;
      return {
        recovery: settings.recovery,
        get: () => settings.get(),
        set: (patch) => {
          const next = settings.set(patch);
          if (next.language !== language) {
            language = next.language;
            applyMenu();
          }
          return next;
        },
      };
    },
    withHandedOffFile: (chooseOpenPath) => async (options) => {
      const file = handedOff;
      handedOff = null;
      return file ?? chooseOpenPath(options);
    },
    adoptWindow(window) {
      mainWindow = window;
      applyMenu();
      const contents = window.webContents;
      contents.on('did-finish-load', () => {
        pageAlive = true;
      });
      // Closing the window quits through the same safe sequence (drafts saved, sync stopped).
      window.on('close', (event) => {
        if (sequencer.state === 'quitting') return;
        event.preventDefault();
        app.quit();
      });
      contents.on('render-process-gone', (_event, details) => {
        pageAlive = false;
        log.error('renderer', `the page's process is gone: ${details.reason} (exit code ${details.exitCode})`);
        if (rendererGoneAction(details.reason) === 'nothing') return;
        const words = text(language).crash;
        void dialog
          .showMessageBox(window, {
            type: 'error',
            title: words.rendererTitle,
            message: words.rendererTitle,
            detail: fill(words.rendererDetail, { reason: details.reason }),
            buttons: [words.reload, words.quit],
            defaultId: 0,
            cancelId: 1,
          })
          .then(({ response }) => (response === 0 ? contents.reload() : app.quit()));
      });
      const file = backupFileArgument(process.argv, process.cwd());
      if (file !== null) handoff.openFile(file);
    },
  };
}
