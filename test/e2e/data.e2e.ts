import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ja } from '#shared/i18n/ja';
import { sampleSeeds } from '#shared/sample/sampleSeeds';
import { expect, test } from './fixtures.ts';
import { openRoute, seedVisitRecords } from './visitsSupport.ts';

/** Every object store of the app database, read with the plain IndexedDB API. */
async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kakehashi');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    }
    db.close();
    return dump;
  });
}

async function openPage(page: Page, key: 'seeds' | 'settings') {
  await page.getByRole('link', { name: ja.nav[key], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.nav[key]);
}

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kakehashi-data-e2e-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('first run offers sample data once; the 16 seed sheets of the plan are then listed', async ({ launch }) => {
  const app = await launch({ firstRun: 'ask' });
  const { page } = app;
  await expect(page.getByRole('heading', { name: ja.data.firstRun.title })).toBeVisible();
  await page.getByRole('button', { name: ja.data.firstRun.loadSamples }).click();
  await openPage(page, 'seeds');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(17);
  // The list has its own order; what matters is that every theme of the plan's table is there.
  const listed = await rows.allInnerTexts();
  for (const title of [
    '県産農産物に含まれる特徴的成分の解明',
    '人工クモ糸の開発',
    ...sampleSeeds.map((s) => s.title),
  ]) {
    expect(
      listed.some((row) => row.includes(title)),
      title,
    ).toBe(true);
  }
  await expect(page.getByRole('table')).toContainText(ja.data.researchFields.medical);

  await page.reload();
  await expect(page.getByRole('navigation', { name: ja.nav.label })).toBeVisible();
  await expect(page.getByRole('heading', { name: ja.data.firstRun.title })).toHaveCount(0);
});

test('starting empty shows an empty seed list', async ({ launch }) => {
  const { page } = await launch({ firstRun: 'ask' });
  await page.getByRole('button', { name: ja.data.firstRun.startEmpty }).click();
  await openPage(page, 'seeds');
  await expect(page.getByText(ja.data.seedList.empty)).toBeVisible();
});

test('backup round trip: export, wipe, restore gives the identical database', async ({ launch }) => {
  const backup = join(folder, 'kakehashi.kkbackup');
  const choose = () => Promise.resolve(backup);
  const first = await launch({ firstRun: 'samples', chooseSavePath: choose });
  await openPage(first.page, 'settings');
  await first.page.getByRole('button', { name: ja.data.backup.export }).click();
  await expect(first.page.getByText(backup)).toBeVisible();
  const before = await dumpDatabase(first.page);
  expect(before['seeds']).toHaveLength(16);

  // A new profile is an empty IndexedDB: the machine after a wipe.
  const second = await launch({ firstRun: 'empty', chooseOpenPath: choose });
  await openPage(second.page, 'settings');
  await second.page.getByRole('button', { name: ja.data.backup.restore }).click();
  await second.page.getByRole('button', { name: ja.data.backup.restoreConfirm }).click();
  await expect(second.page.getByText('シーズシート：16件')).toBeVisible();
  expect(await dumpDatabase(second.page)).toEqual(before);
  await openPage(second.page, 'seeds');
  await expect(second.page.getByRole('table').getByRole('row')).toHaveCount(17);
});

test('a damaged backup is refused and nothing changes', async ({ launch }) => {
  const good = join(folder, 'good.kkbackup');
  const damaged = join(folder, 'damaged.kkbackup');
  const app = await launch({
    firstRun: 'samples',
    chooseSavePath: () => Promise.resolve(good),
    chooseOpenPath: () => Promise.resolve(damaged),
  });
  await openPage(app.page, 'settings');
  await app.page.getByRole('button', { name: ja.data.backup.export }).click();
  await expect(app.page.getByText(good)).toBeVisible();
  const bytes = await readFile(good);
  await writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const before = await dumpDatabase(app.page);

  await app.page.getByRole('button', { name: ja.data.backup.restore }).click();
  await app.page.getByRole('button', { name: ja.data.backup.restoreConfirm }).click();
  await expect(app.page.getByText(ja.data.backup.refused)).toBeVisible();
  expect(await dumpDatabase(app.page)).toEqual(before);
});

test('an attachment damaged on disk is named on screen and left out of the backup', async ({ launch }) => {
  const backup = join(folder, 'kakehashi.kkbackup');
  const app = await launch({ firstRun: 'empty', chooseSavePath: () => Promise.resolve(backup) });
  const form = ja.visits.form;
  const memo = Buffer.from('工場見学のメモ', 'utf8');
  const records = await seedVisitRecords(app.page);
  await openRoute(app.page, `/visits/new?company=${records.companyId}`);
  await app.page.getByLabel(form.attachFile).setInputFiles({ name: 'memo.txt', mimeType: 'text/plain', buffer: memo });
  await expect(
    app.page.getByRole('button', { name: form.removeAttachment.replace('{{name}}', 'memo.txt') }),
  ).toBeVisible();
  await expect(app.page.getByRole('status').filter({ hasText: form.savedDraft.replace(/（.*$/u, '') })).toBeVisible();
  const sha256 = createHash('sha256').update(memo).digest('hex');
  await writeFile(join(app.userDataPath, 'attachments', sha256.slice(0, 2), sha256), 'すり替わった中身');

  await openPage(app.page, 'settings');
  await app.page.getByRole('button', { name: ja.data.backup.export }).click();
  await expect(app.page.getByText(backup)).toBeVisible();
  await expect(app.page.getByText(ja.data.backup.damagedLeftOut.replace('{{name}}', 'memo.txt'))).toBeVisible();
  // Set aside, not deleted.
  expect(await readdir(join(app.userDataPath, 'attachments', 'damaged'))).toHaveLength(1);
});

test('attachments: bytes go to user data by hash; an oversized file is refused before anything is stored', async ({
  app,
}) => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3];
  type Host = {
    host: {
      invoke(
        c: string,
        i: unknown,
      ): Promise<{
        ok: boolean;
        value?: { sha256: string; bytes?: Uint8Array };
        error?: { code: string; message: string };
      }>;
    };
  };
  const stored = await app.page.evaluate(async (bytes) => {
    const { host } = window as unknown as Host;
    const put = await host.invoke('attachment:put', {
      name: '写真.png',
      type: 'image/png',
      bytes: new Uint8Array(bytes),
    });
    const get = await host.invoke('attachment:get', { sha256: put.value?.sha256 ?? '' });
    return { sha256: put.value?.sha256 ?? '', back: Array.from(get.value?.bytes ?? []) };
  }, png);
  expect(stored.back).toEqual(png);
  expect(await readdir(join(app.userDataPath, 'attachments', stored.sha256.slice(0, 2)))).toEqual([stored.sha256]);

  const refused = await app.page.evaluate(async () => {
    const { host } = window as unknown as Host;
    return host.invoke('attachment:put', {
      name: '大きい.pdf',
      type: 'application/pdf',
      bytes: new Uint8Array(25 * 1024 * 1024 + 1),
    });
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'too-large' } });
  expect(refused.error?.message).toContain('25 MB');
  expect((await readdir(join(app.userDataPath, 'attachments'))).sort()).toEqual([stored.sha256.slice(0, 2)]);
});

test('an automatic backup is written to user data on start', async ({ app }) => {
  await expect.poll(async () => (await readdir(join(app.userDataPath, 'backups')).catch(() => [])).length).toBe(1);
});

test('axe finds no accessibility violations on the first-run screen, the seed list and the backup panel', async ({
  launch,
}) => {
  const { page } = await launch({ firstRun: 'ask' });
  const violations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  await expect(page.getByRole('heading', { name: ja.data.firstRun.title })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: ja.data.firstRun.loadSamples }).click();
  await openPage(page, 'seeds');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(17);
  expect(await violations()).toEqual([]);
  await openPage(page, 'settings');
  await page.getByRole('button', { name: ja.data.backup.restore }).click();
  await expect(page.getByText(ja.data.backup.restoreWarning)).toBeVisible();
  expect(await violations()).toEqual([]);
});
