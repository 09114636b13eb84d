import type { Language } from '#shared/settings';
import { desktopEn } from '#shared/i18n/desktop.en';
import { desktopJa } from '#shared/i18n/desktop.ja';

/** What a menu item asks the app to do; the glue turns each into a click handler. */
export const menuCommands = [
  'new-visit',
  'backup',
  'restore',
  'export',
  'print',
  'about',
  'open-logs',
  'diagnostics',
] as const;

/** One command of the application menu. */
export type MenuCommand = (typeof menuCommands)[number];

/** Electron menu roles the template uses (each brings the OS's own behaviour). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'close'
  | 'appMenu'
  | 'windowMenu';

/** A menu item as plain data, shaped like Electron's MenuItemConstructorOptions. */
export type MenuItemSpec =
  | Readonly<{ type: 'separator' }>
  | Readonly<{
      label: string;
      role?: MenuRole;
      command?: MenuCommand;
      accelerator?: string;
      submenu?: readonly MenuItemSpec[];
    }>;

/** What decides the menu: the OS, the UI language and whether this is a development run. */
export type MenuOptions = Readonly<{ platform: string; language: Language; development: boolean }>;

const separator: MenuItemSpec = { type: 'separator' };

/**
 * The application menu for one platform and language. macOS gets the app menu (about, services,
 * hide, quit) and a Window menu; Windows and Linux put 終了 in File and バージョン情報 in Help.
 * Shortcuts follow each OS: Redo is Shift+Cmd+Z on macOS and Ctrl+Y on Windows, full screen is
 * Ctrl+Cmd+F on macOS and F11 elsewhere, quit is Cmd+Q on macOS and Ctrl+Q on Linux (Windows quits
 * with Alt+F4, which the OS gives every window).
 */
export function buildMenuTemplate({ platform, language, development }: MenuOptions): MenuItemSpec[] {
  const text = language === 'en' ? desktopEn.menu : desktopJa.menu;
  const mac = platform === 'darwin';
  const windows = platform === 'win32';

  const appMenu: MenuItemSpec = {
    label: language === 'en' ? 'Kakehashi' : '架け橋',
    role: 'appMenu',
    submenu: [
      { label: text.app.about, command: 'about' },
      separator,
      { label: text.app.services, role: 'services' },
      separator,
      { label: text.app.hide, role: 'hide', accelerator: 'Command+H' },
      { label: text.app.hideOthers, role: 'hideOthers', accelerator: 'Command+Alt+H' },
      { label: text.app.unhide, role: 'unhide' },
      separator,
      { label: text.app.quit, role: 'quit', accelerator: 'Command+Q' },
    ],
  };

  const file: MenuItemSpec = {
    label: text.file.title,
    submenu: [
      { label: text.file.newVisit, command: 'new-visit', accelerator: 'CmdOrCtrl+N' },
      separator,
      { label: text.file.backup, command: 'backup', accelerator: 'CmdOrCtrl+Shift+B' },
      { label: text.file.restore, command: 'restore' },
      { label: text.file.export, command: 'export', accelerator: 'CmdOrCtrl+E' },
      separator,
      { label: text.file.print, command: 'print', accelerator: 'CmdOrCtrl+P' },
      separator,
      mac
        ? { label: text.file.close, role: 'close', accelerator: 'Command+W' }
        : windows
          ? { label: text.file.quit, role: 'quit' }
          : { label: text.file.quit, role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemSpec = {
    label: text.edit.title,
    submenu: [
      { label: text.edit.undo, role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: text.edit.redo, role: 'redo', accelerator: windows ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z' },
      separator,
      { label: text.edit.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: text.edit.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: text.edit.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: text.edit.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const view: MenuItemSpec = {
    label: text.view.title,
    submenu: [
      ...(development
        ? [
            { label: text.view.reload, role: 'reload', accelerator: 'CmdOrCtrl+R' } as const,
            {
              label: text.view.devTools,
              role: 'toggleDevTools',
              accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
            } as const,
            separator,
          ]
        : []),
      { label: text.view.resetZoom, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { label: text.view.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { label: text.view.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      separator,
      { label: text.view.fullScreen, role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
    ],
  };

  const windowMenu: MenuItemSpec = {
    label: text.window.title,
    role: 'windowMenu',
    submenu: [
      { label: text.window.minimize, role: 'minimize', accelerator: 'Command+M' },
      { label: text.window.zoom, role: 'zoom' },
      separator,
      { label: text.window.front, role: 'front' },
    ],
  };

  const help: MenuItemSpec = {
    label: text.help.title,
    submenu: [
      ...(mac ? [] : [{ label: text.help.about, command: 'about' } as const, separator]),
      { label: text.help.openLogs, command: 'open-logs' },
      { label: text.help.diagnostics, command: 'diagnostics' },
    ],
  };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}
