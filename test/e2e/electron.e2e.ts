import { _electron as electron } from 'playwright-core';
import { ja } from '#shared/i18n/ja';
import { findElectronBinary } from '../../scripts/electronBinary.mjs';
import { expect, test } from './fixtures.ts';

const found = findElectronBinary();

test('the packaged main process opens the sandboxed window with the shell', async () => {
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
  } finally {
    await app.close();
  }
});
