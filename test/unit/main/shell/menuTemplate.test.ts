import { describe, expect, it } from 'vitest';
import { desktopEn } from '#shared/i18n/desktop.en';
import { desktopJa } from '#shared/i18n/desktop.ja';
import { buildMenuTemplate, type MenuItemSpec } from '../../../../main/src/services/shell/menuTemplate.ts';

type Item = Exclude<MenuItemSpec, { type: 'separator' }>;

function items(menu: MenuItemSpec | undefined): Item[] {
  if (menu === undefined || 'type' in menu) return [];
  return (menu.submenu ?? []).filter((item): item is Item => !('type' in item));
}

function find(template: MenuItemSpec[], label: string): Item | undefined {
  return template.flatMap((menu) => items(menu)).find((item) => item.label === label);
}

const titles = (template: MenuItemSpec[]): string[] => template.map((menu) => ('type' in menu ? '-' : menu.label));

describe('the application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, in Japanese by default', () => {
    const menu = desktopJa.menu;
    for (const platform of ['win32', 'linux']) {
      const template = buildMenuTemplate({ platform, language: 'ja', development: false });
      expect(titles(template)).toEqual([menu.file.title, menu.edit.title, menu.view.title, menu.help.title]);
      expect(items(template[0]).map((item) => item.label)).toEqual([
        '新規訪問',
        'バックアップ…',
        '復元…',
        '書き出し…',
        '印刷…',
        '終了',
      ]);
      expect(items(template[3]).map((item) => item.label)).toEqual([
        'バージョン情報',
        'ログのフォルダーを開く',
        '診断情報の書き出し…',
      ]);
    }
  });

  it('puts About and Quit in the app menu on macOS and adds the Window menu', () => {
    const template = buildMenuTemplate({ platform: 'darwin', language: 'ja', development: false });
    expect(titles(template)).toEqual(['架け橋', 'ファイル', '編集', '表示', 'ウインドウ', 'ヘルプ']);
    const appMenu = items(template[0]);
    expect(appMenu.find((item) => item.command === 'about')?.label).toBe(desktopJa.menu.app.about);
    expect(appMenu.find((item) => item.role === 'quit')).toMatchObject({ accelerator: 'Command+Q' });
    // The File menu closes the window there; quitting lives in the app menu.
    expect(items(template[1]).some((item) => item.role === 'quit')).toBe(false);
    expect(items(template[5]).some((item) => item.command === 'about')).toBe(false);
  });

  it('follows each OS for shortcuts', () => {
    const redo = (platform: string) =>
      find(buildMenuTemplate({ platform, language: 'en', development: false }), desktopEn.menu.edit.redo)?.accelerator;
    expect(redo('win32')).toBe('Ctrl+Y');
    expect(redo('darwin')).toBe('Shift+CmdOrCtrl+Z');
    expect(redo('linux')).toBe('Shift+CmdOrCtrl+Z');
    const quit = (platform: string) =>
      buildMenuTemplate({ platform, language: 'en', development: false })
        .flatMap((menu) => items(menu))
        .find((item) => item.role === 'quit')?.accelerator;
    expect(quit('linux')).toBe('Ctrl+Q');
    expect(quit('win32')).toBeUndefined(); // Alt+F4, from Windows itself
    const fullScreen = (platform: string) =>
      find(buildMenuTemplate({ platform, language: 'en', development: false }), desktopEn.menu.view.fullScreen)
        ?.accelerator;
    expect(fullScreen('darwin')).toBe('Ctrl+Command+F');
    expect(fullScreen('win32')).toBe('F11');
    expect(
      find(buildMenuTemplate({ platform: 'win32', language: 'ja', development: false }), '新規訪問'),
    ).toMatchObject({
      command: 'new-visit',
      accelerator: 'CmdOrCtrl+N',
    });
  });

  it('offers Reload only in development, and zoom always', () => {
    for (const platform of ['win32', 'darwin', 'linux']) {
      const roles = (development: boolean) =>
        buildMenuTemplate({ platform, language: 'ja', development })
          .flatMap((menu) => items(menu))
          .map((item) => item.role);
      expect(roles(false)).not.toContain('reload');
      expect(roles(false)).not.toContain('toggleDevTools');
      expect(roles(true)).toContain('reload');
      expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    }
  });

  it('switches every label with the UI language', () => {
    for (const platform of ['win32', 'darwin', 'linux']) {
      const labels = (language: 'ja' | 'en') =>
        buildMenuTemplate({ platform, language, development: true }).flatMap((menu) => [
          'type' in menu ? '' : menu.label,
          ...items(menu).map((item) => item.label),
        ]);
      const ja = labels('ja');
      const en = labels('en');
      expect(en).toHaveLength(ja.length);
      expect(en).toContain('File');
      expect(en).toContain('Export Diagnostics…');
      // No Japanese left in the English menu.
      expect(en.filter((label) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(label))).toEqual([]);
    }
  });
});
