// `npm run dev:browser` keeps what was entered: two starts on one home folder serve the same origin
// (so the same IndexedDB), the welcome screen is the user's to answer, the sealed sync passphrase
// is read back after a restart, and Chromium speaks the UI language.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { en } from '#shared/i18n/en';
import { ja } from '#shared/i18n/ja';
import { startBrowserRoute, type BrowserRoute } from '../harness/browserRoute.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function openSync(page: Page) {
  await page
    .getByRole('navigation', { name: ja.nav.label })
    .getByRole('link', { name: ja.nav.sync, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.nav.sync);
}

async function syncNow(page: Page) {
  const last = page.locator('[data-sync-last]');
  const before = await last.textContent();
  await page.getByRole('button', { name: ja.sync.run.now }).click();
  await expect(last).not.toHaveText(before ?? '', { timeout: 30_000 });
  await expect(last).toContainText('完了');
}

/**
 * What the browser's own widgets say: the texts inside the user-agent shadow roots of a file and a
 * date input (the button, "no file chosen", the date picker's title), read through the DevTools protocol.
 */
async function widgetTexts(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.innerHTML = '<input type="file" aria-label="probe"><input type="date" aria-label="probe">';
    document.body.append(probe);
  });
  const cdp = await page.context().newCDPSession(page);
  type DomNode = {
    nodeValue?: string;
    attributes?: string[];
    shadowRootType?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const texts: string[] = [];
  const walk = (node: DomNode, inWidget: boolean): void => {
    const inside = inWidget || node.shadowRootType === 'user-agent';
    if (inside) {
      if (node.nodeValue !== undefined && node.nodeValue.trim() !== '') texts.push(node.nodeValue.trim());
      texts.push(...(node.attributes ?? []));
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, inside);
  };
  walk(root, false);
  await cdp.detach();
  return texts;
}

let home = '';
const routes: BrowserRoute[] = [];
test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'kakehashi-browser-home-'));
});
test.afterEach(async () => {
  for (const route of routes.splice(0)) await route.close();
  await rm(home, { recursive: true, force: true });
});
const start = async (port: number) => {
  const route = await startBrowserRoute({ home, headless: true, port });
  routes.push(route);
  return route;
};

test('two starts keep a company and the encrypted sync, and the user chooses on the welcome screen', async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const first = await start(port);
  const { page } = first.app;
  // The welcome screen waits for the user: both choices are offered.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.data.firstRun.title);
  await expect(page.getByRole('button', { name: ja.data.firstRun.loadSamples })).toBeVisible();
  await page.getByRole('button', { name: ja.data.firstRun.startEmpty }).click();

  await page.getByRole('link', { name: ja.nav.companies, exact: true }).click();
  await page.getByRole('link', { name: ja.screens.companies.create }).click();
  await page.getByLabel(ja.data.fields.company.name, { exact: true }).fill('月山発酵食品');
  await page.getByLabel(ja.data.fields.company.kind, { exact: true }).selectOption({
    label: ja.data.companyKinds.foodMaker,
  });
  await page.getByRole('button', { name: ja.screens.common.save }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('月山発酵食品');

  await openSync(page);
  await mkdir(join(home, 'team-folder'));
  await page.getByLabel(ja.sync.target.folder).check();
  await page.getByLabel(ja.sync.target.path).fill(join(home, 'team-folder'));
  await page.getByLabel(ja.sync.target.encrypt).check();
  await page.getByLabel(ja.sync.target.passphrase, { exact: true }).fill('村山・最上・置賜の合言葉');
  await page.getByLabel(ja.sync.target.deviceName).fill('事務所PC');
  await page.getByRole('button', { name: ja.sync.target.save }).click();
  await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.target.saved);
  await syncNow(page);
  const url = first.server.url;
  await first.close();
  routes.length = 0;

  const second = await start(port);
  expect(second.notice).toBeNull();
  expect(second.server.url).toBe(url);
  const again = second.app.page;
  await again.getByRole('link', { name: ja.nav.companies, exact: true }).click();
  await expect(again.getByRole('link', { name: '月山発酵食品' })).toBeVisible();
  // The sealed passphrase is read back: the encrypted team syncs without typing it again.
  await openSync(again);
  await syncNow(again);
  await expect(again.locator('[data-sync-last]')).not.toContainText(ja.sync.errors['io-failed']);
});

test('a taken port falls back to a free one and says why', async () => {
  const port = await freePort();
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  try {
    const route = await start(port);
    expect(route.server.url).not.toContain(`:${port}/`);
    expect(route.notice).toContain(`Port ${port} is in use`);
    expect(route.notice).toContain('KAKEHASHI_BROWSER_PORT');
  } finally {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
  }
});

test("Chromium speaks the UI language: a file input's button in Japanese, and in English after a switch", async () => {
  const port = await freePort();
  const first = await start(port);
  const { page } = first.app;
  await page.getByRole('button', { name: ja.data.firstRun.startEmpty }).click();
  expect(await page.evaluate(() => navigator.language)).toBe('ja-JP');
  const japanese = await widgetTexts(page);
  expect(japanese).toContain('ファイルを選択');
  expect(japanese).toContain('選択されていません');
  expect(japanese).toContain('日付選択ツールを表示');
  await page.getByLabel(ja.shell.language).selectOption('en');
  await expect(page.getByLabel(en.shell.language)).toHaveValue('en');
  await first.close();
  routes.length = 0;

  const second = await start(port);
  expect(await second.app.page.evaluate(() => navigator.language)).toBe('en-US');
  const english = await widgetTexts(second.app.page);
  expect(english).toContain('Choose File');
  expect(english).toContain('Show date picker');
  expect(english).not.toContain('ファイルを選択');
});
