import { spawn } from 'node:child_process';
import { _electron as electron } from 'playwright-core';
import { desktopJa } from '#shared/i18n/desktop.ja';
import { ja } from '#shared/i18n/ja';
import { findElectronBinary } from '../../scripts/electronBinary.mjs';
import { expect, test } from './fixtures.ts';

const found = findElectronBinary();

test('the packaged main process opens the sandboxed window with the menu, and a second launch hands over to it', async () => {
  if ('reason' in found) {
    const why = `Electron smoke test skipped: ${found.reason}. The same renderer and main handlers are tested in Chromium by the other e2e tests.`;
    console.log(why);
    test.skip(true, why);
    return;
  }
  const app = await electron.launch({ executablePath: found.path, args: ['.'] });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: ja.nav.label })).toBeVisible();
    // A sandboxed, isolated page sees only window.host.invoke: no require, no process, no ipcRenderer.
    const exposed = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      host: Object.keys((window as unknown as { host?: object }).host ?? {}),
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', host: ['invoke'] });

    // The application menu, in Japanese, as this OS lays it out.
    const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    const m = desktopJa.menu;
    expect(menu).toEqual(
      process.platform === 'darwin'
        ? ['架け橋', m.file.title, m.edit.title, m.view.title, m.window.title, m.help.title]
        : [m.file.title, m.edit.title, m.view.title, m.help.title],
    );

    // A second launch hands over to this one and quits; this window stays the only one.
    const second = spawn(found.path, ['.'], { stdio: 'ignore' });
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(exitCode).toBe(0);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});
