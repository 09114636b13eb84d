import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ja } from '#shared/i18n/ja';
import { createFolderStore } from '../../main/src/services/sync/folderStore.ts';
import { verifyTarget } from '../../main/src/services/sync/verifyTarget.ts';
import { createTeam } from '#shared/sync/team';
import { apacheMissing, startApacheDav, type ApacheDav } from '../servers/apacheDav.ts';
import { startS3rver, type S3Peer } from '../servers/s3rver.ts';
import { expect, test } from './fixtures.ts';
import { readTable } from './support/pageData.ts';
import { peerDevice, writePeerLog } from './support/peerLog.ts';
import {
  fileHash,
  foreignBatch,
  foreignBatchKey,
  foreignHlc,
  foreignTeamFile,
  type ForeignChange,
} from '../unit/sync/support/foreignBatch.ts';
import { openRoute, seedVisitRecords } from './visitsSupport.ts';

const passphrase = '村山・最上・置賜の合言葉';

type TargetSetup = (page: Page) => Promise<void>;

/** Chooses a shared folder as the sync target. */
const folderTarget =
  (folder: string): TargetSetup =>
  async (page) => {
    await page.getByLabel(ja.sync.target.folder).check();
    await page.getByLabel(ja.sync.target.path).fill(folder);
  };

async function openSync(page: Page) {
  await page
    .getByRole('navigation', { name: ja.nav.label })
    .getByRole('link', { name: ja.nav.sync, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.nav.sync);
}

/** Edits a company's notes in the company editor, offline, and comes back to the sync screen. */
async function editNotes(page: Page, companyId: string, notes: string) {
  await openRoute(page, `/companies/${companyId}/edit`);
  await page.getByLabel(ja.data.fields.company.notes, { exact: true }).fill(notes);
  await page.getByRole('button', { name: ja.screens.common.save }).click();
  await expect(page).toHaveURL(new RegExp(`#/companies/${companyId}$`));
  await openSync(page);
}

async function configure(page: Page, deviceName: string, setup: TargetSetup) {
  await setup(page);
  await page.getByLabel(ja.sync.target.deviceName).fill(deviceName);
  await page.getByRole('button', { name: ja.sync.target.save }).click();
  await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.target.saved);
}

async function syncNow(page: Page) {
  const before = await page.locator('[data-sync-last]').textContent();
  await page.getByRole('button', { name: ja.sync.run.now }).click();
  await expect(page.locator('[data-sync-last]')).not.toHaveText(before ?? '', { timeout: 30_000 });
  await expect(page.locator('[data-sync-last]')).toContainText('完了');
}

/** Two devices: A with the sample data, B empty; both sync, edit one company offline, sync again. */
async function twoDevicesConverge(
  launch: (o: { firstRun: 'samples' | 'empty' }) => Promise<{ page: Page }>,
  setup: TargetSetup,
) {
  const a = (await launch({ firstRun: 'samples' })).page;
  const b = (await launch({ firstRun: 'empty' })).page;
  await openSync(a);
  await openSync(b);
  await configure(a, '事務所PC', setup);
  await configure(b, 'ノートPC', setup);
  await syncNow(a);
  await syncNow(b);
  const companies = await readTable(a, 'companies');
  expect(companies.length).toBeGreaterThan(0);
  expect(await readTable(b, 'companies')).toEqual(companies);

  const company = String(companies[0]?.['id']);
  await editNotes(a, company, 'A: 試作品の評価を依頼された');
  await editNotes(b, company, 'B: 次回は工場見学');
  await expect(a.locator('[data-sync-pending]')).toHaveText(ja.sync.run.pending.replace('{{count}}', '1'));
  await syncNow(a);
  await syncNow(b);
  await syncNow(a);

  for (const page of [a, b]) {
    const rows = await readTable(page, 'companies');
    expect(rows.find((row) => row['id'] === company)?.['notes']).toBe('B: 次回は工場見学');
    await expect(page.locator('[data-sync-conflicts]')).toContainText('A: 試作品の評価を依頼された');
  }
  expect(await readTable(a, 'companies')).toEqual(await readTable(b, 'companies'));
  expect(await readTable(a, 'visits')).toEqual(await readTable(b, 'visits'));
  await expect(b.locator('[data-sync-devices]')).toContainText('事務所PC');
  // The screen with a conflict, devices and the form filled in is usable with assistive technology.
  const axe = await new AxeBuilder({ page: a }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** The bytes main holds for an attachment, read through the host as the app reads them. */
function attachmentBytes(page: Page, sha256: string): Promise<number[]> {
  return page.evaluate(async (hash) => {
    type Host = { host: { invoke(c: string, i: unknown): Promise<{ ok: boolean; value?: { bytes: Uint8Array } }> } };
    const result = await (window as unknown as Host).host.invoke('attachment:get', { sha256: hash });
    return Array.from(result.value?.bytes ?? []);
  }, sha256);
}

test.describe('sync between two instances', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test('an attachment added to a visit on one instance opens on the other', async ({ launch }) => {
    const folder = await mkdtemp(join(tmpdir(), 'kakehashi-share-'));
    const form = ja.visits.form;
    const memo = Buffer.from('工場見学のメモ：褐変対策の試作は来月', 'utf8');
    try {
      const a = (await launch({ firstRun: 'empty' })).page;
      const b = (await launch({ firstRun: 'empty' })).page;
      const records = await seedVisitRecords(a);
      await openRoute(a, `/visits/new?company=${records.companyId}`);
      await expect(a).toHaveURL(/#\/visits\/[0-9A-HJKMNP-TV-Z]{26}$/);
      const visitId = a.url().split('/').at(-1) ?? '';
      await a.getByLabel(form.attachFile).setInputFiles({ name: 'memo.txt', mimeType: 'text/plain', buffer: memo });
      const listed = (page: Page) =>
        page.getByRole('button', { name: form.removeAttachment.replace('{{name}}', 'memo.txt') });
      await expect(listed(a)).toBeVisible();
      await expect(a.getByRole('status').filter({ hasText: form.savedDraft.replace(/（.*$/u, '') })).toBeVisible();

      await openSync(a);
      await configure(a, '事務所PC', folderTarget(folder));
      await syncNow(a);
      await openSync(b);
      await configure(b, 'ノートPC', folderTarget(folder));
      await syncNow(b);
      await expect(b.locator('[data-sync-problems]')).toHaveCount(0);

      // B shows the attachment on the visit, and its bytes are there to open.
      await openRoute(b, `/visits/${visitId}`);
      await expect(listed(b)).toBeVisible();
      const [attachment] = await readTable(b, 'attachments');
      expect(attachment?.['name']).toBe('memo.txt');
      expect(await attachmentBytes(b, String(attachment?.['sha256']))).toEqual([...memo]);

      const report = await verifyTarget(createFolderStore({ root: folder }), null);
      expect(report.faults).toEqual([]);
      expect(report.blobs).toBe(1);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('through a temp folder', async ({ launch }) => {
    const folder = await mkdtemp(join(tmpdir(), 'kakehashi-share-'));
    try {
      await twoDevicesConverge(launch, folderTarget(folder));
      const report = await verifyTarget(createFolderStore({ root: folder }), null);
      expect(report.faults).toEqual([]);
      expect(report.devices).toHaveLength(2);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('through Apache mod_dav with end-to-end encryption', async ({ launch }) => {
    const missing = apacheMissing();
    if (missing !== null) throw new Error(missing);
    const server: ApacheDav = await startApacheDav();
    try {
      await twoDevicesConverge(launch, async (page) => {
        await page.getByLabel(ja.sync.target.webdav).check();
        await page.getByLabel(ja.sync.target.url).fill(server.url);
        await page.getByLabel(ja.sync.target.username).fill(server.username);
        await page.getByLabel(ja.sync.target.password, { exact: true }).fill(server.password);
        await expect(page.getByLabel(ja.sync.target.encrypt)).toBeChecked();
        await page.getByLabel(ja.sync.target.passphrase, { exact: true }).fill(passphrase);
      });
    } finally {
      await server.stop();
    }
  });

  test('through s3rver with end-to-end encryption', async ({ launch }) => {
    const s3: S3Peer = await startS3rver();
    try {
      await twoDevicesConverge(launch, async (page) => {
        await page.getByLabel(ja.sync.target.s3).check();
        await page.getByLabel(ja.sync.target.endpoint).fill(s3.endpoint);
        await page.getByLabel(ja.sync.target.bucket).fill(s3.bucket);
        await page.getByLabel(ja.sync.target.accessKeyId).fill(s3.accessKeyId);
        await page.getByLabel(ja.sync.target.secretAccessKey).fill(s3.secretAccessKey);
        await page.getByLabel(ja.sync.target.passphrase, { exact: true }).fill(passphrase);
      });
    } finally {
      await s3.stop();
    }
  });
});

test('the folder dialog fills the path field, and a sync writes to the chosen folder', async ({ launch }) => {
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-chosen-'));
  // The first click is cancelled in the dialog, the second picks the folder.
  const answers: (string | null)[] = [null, folder];
  try {
    const app = await launch({
      firstRun: 'samples',
      chooseFolder: () => Promise.resolve(answers.shift() ?? null),
    });
    const { page } = app;
    await openSync(page);
    await page.getByLabel(ja.sync.target.folder).check();
    const path = page.getByLabel(ja.sync.target.path);
    await path.fill('/typed/by/hand');
    const choose = page.getByRole('button', { name: ja.sync.target.chooseFolder });
    await choose.click();
    await expect(path).toHaveValue('/typed/by/hand');
    await choose.click();
    await expect(path).toHaveValue(folder);
    await configure(page, '事務所PC', () => Promise.resolve());
    // Picked in the dialog: main does not ask again.
    expect(app.folderQuestions).toEqual([]);
    await syncNow(page);
    const report = await verifyTarget(createFolderStore({ root: folder }), null);
    expect(report.faults).toEqual([]);
    expect(report.devices).toHaveLength(1);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a typed folder is used only after the user says so in main’s question; declining creates nothing', async ({
  launch,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-typed-'));
  try {
    const app = await launch({ firstRun: 'samples', confirmFolder: () => Promise.resolve(false) });
    const { page } = app;
    await openSync(page);
    await folderTarget(folder)(page);
    await page.getByLabel(ja.sync.target.deviceName).fill('事務所PC');
    await page.getByRole('button', { name: ja.sync.target.save }).click();
    await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.errors['folder-not-chosen']);
    await page.getByRole('button', { name: ja.sync.target.test }).click();
    await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.errors['folder-not-chosen']);
    expect(app.folderQuestions).toEqual([folder, folder]);
    expect(await readdir(folder)).toEqual([]);
    expect(await readdir(app.userDataPath)).not.toContain('sync.json');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('without a keychain the sync screen says so, and a password is stored only after the user accepts', async ({
  launch,
}) => {
  const { page, userDataPath } = await launch({
    firstRun: 'empty',
    secretStorage: { available: true, backend: 'basic_text' },
  });
  await openSync(page);
  await expect(page.locator('[data-secret-storage="unprotected"]')).toHaveText(
    ja.sync.target.storageUnprotected.replace('{{backend}}', 'basic_text'),
  );
  await page.getByLabel(ja.sync.target.webdav).check();
  await page.getByLabel(ja.sync.target.url).fill('https://dav.example.jp/kakehashi');
  await page.getByLabel(ja.sync.target.username).fill('田中');
  await page.getByLabel(ja.sync.target.password, { exact: true }).fill('dav-secret-123');
  await page.getByLabel(ja.sync.target.encrypt).uncheck();
  await page.getByRole('button', { name: ja.sync.target.save }).click();
  await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.errors['secrets-unprotected']);
  await page.getByLabel(ja.sync.target.allowUnprotected).check();
  await page.getByRole('button', { name: ja.sync.target.save }).click();
  await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.target.saved);
  await expect(page.getByLabel(ja.sync.target.password, { exact: true })).toHaveAttribute(
    'placeholder',
    ja.sync.target.secretKept,
  );
  expect(await readFile(join(userDataPath, 'sync.json'), 'utf8')).not.toContain('dav-secret-123');
});

test('a password for plain http:// to another computer is saved only after the warning is accepted', async ({
  launch,
}) => {
  const { page } = await launch({ firstRun: 'empty' });
  await openSync(page);
  await page.getByLabel(ja.sync.target.webdav).check();
  await page.getByLabel(ja.sync.target.url).fill('http://192.0.2.10/dav');
  await page.getByLabel(ja.sync.target.username).fill('tanaka');
  await page.getByLabel(ja.sync.target.password, { exact: true }).fill('dav-secret-123');
  await page.getByLabel(ja.sync.target.encrypt).uncheck();
  await page.getByRole('button', { name: ja.sync.target.save }).click();
  await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.errors['plain-http']);
  await expect(page.locator('[data-plain-http]')).toHaveText(ja.sync.target.plainHttpWarning);
  await page.getByLabel(ja.sync.target.allowPlainHttp).check();
  await page.getByRole('button', { name: ja.sync.target.save }).click();
  await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.target.saved);
});

test('an unreadable sync.json is kept aside and the sync screen says where', async ({ launch }) => {
  const userDataPath = await mkdtemp(join(tmpdir(), 'kakehashi-data-'));
  try {
    await writeFile(join(userDataPath, 'sync.json'), '{"target": {"kind": "webdav", "url": ');
    const { page } = await launch({ firstRun: 'empty', userDataPath });
    await openSync(page);
    await expect(page.locator('[data-sync-recovery]')).toContainText('sync.corrupt-');
    const backups = (await readdir(userDataPath)).filter((name) => name.startsWith('sync.corrupt-'));
    expect(backups).toHaveLength(1);
    await expect(page.locator('[data-sync-recovery]')).toHaveText(
      ja.sync.target.recovered.replace('{{backupFile}}', join(userDataPath, backups[0] ?? '')),
    );
  } finally {
    await rm(userDataPath, { recursive: true, force: true });
  }
});

test('a large sync runs in a worker: the page keeps answering, and live lists fill in as it applies', async ({
  launch,
}) => {
  test.setTimeout(240_000);
  const companies = 40_000;
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-large-'));
  try {
    await writePeerLog(folder, companies);
    const app = await launch({ firstRun: 'empty' });
    const { page } = app;
    // A second window on the company list: its live query must see the worker's writes without a reload.
    const list = await app.context.newPage();
    await list.goto(page.url());
    await list
      .getByRole('navigation', { name: ja.nav.label })
      .getByRole('link', { name: ja.nav.companies, exact: true })
      .click();
    await expect(list.locator('.page-subtitle')).toHaveText(/^0 \/ 0/);
    // Hidden tabs get no animation frames: the syncing page is the one in front.
    await page.bringToFront();

    await openSync(page);
    await configure(page, 'ノートPC', folderTarget(folder));
    await page.evaluate(() => {
      const counter = { frames: 0 };
      (globalThis as unknown as { frameCounter: typeof counter }).frameCounter = counter;
      const tick = () => {
        counter.frames += 1;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const frames = () =>
      page.evaluate(() => (globalThis as unknown as { frameCounter: { frames: number } }).frameCounter.frames);

    await page.getByRole('button', { name: ja.sync.run.now }).click();
    const progress = page.locator('[data-sync-progress]');
    await expect(progress).toBeVisible();
    const before = await frames();
    // Typing while the worker applies: every key lands, and the sync is still running afterwards.
    const deviceName = page.getByLabel(ja.sync.target.deviceName);
    await deviceName.fill('');
    await deviceName.pressSequentially('事務所');
    await expect(deviceName).toHaveValue('事務所');
    await expect(progress).toBeVisible();
    expect(await frames()).toBeGreaterThan(before);
    // The run happens in the sync worker, not on this page.
    expect(page.workers().some((worker) => worker.url().includes('syncWorker'))).toBe(true);

    await expect(page.locator('[data-sync-last]')).toContainText('完了', { timeout: 180_000 });
    await expect(list.locator('.page-subtitle')).toHaveText(`${companies} / ${companies}件`);
    expect(await frames()).toBeGreaterThan(before);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('cancelling a large sync in the worker keeps whole batches only, and the next sync finishes it', async ({
  launch,
}) => {
  test.setTimeout(240_000);
  const companies = 30_000;
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-cancel-'));
  try {
    await writePeerLog(folder, companies);
    const { page } = await launch({ firstRun: 'empty' });
    await openSync(page);
    await configure(page, 'ノートPC', folderTarget(folder));
    await page.getByRole('button', { name: ja.sync.run.now }).click();
    // Cancel once the first batch is in.
    await expect(page.locator('[data-sync-progress]')).toContainText(/ファイル [1-9]/, { timeout: 120_000 });
    await page.getByRole('button', { name: ja.sync.run.cancel }).click();
    await expect(page.locator('[data-sync-last]')).toContainText(ja.sync.errors.cancelled, { timeout: 60_000 });

    // Every applied batch came with its cursor, and nothing else: a multiple of the batch size.
    const applied = (await readTable(page, 'companies')).length;
    const cursor = (await readTable(page, '_cursors')).find((row) => row['device'] === peerDevice);
    expect(applied).toBeGreaterThan(0);
    expect(applied).toBeLessThan(companies);
    expect(applied).toBe(Number(cursor?.['seq']) * 5_000);

    await syncNow(page);
    expect(await readTable(page, 'companies')).toHaveLength(companies);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a value another device sends that this version refuses is listed with the company’s name, and later edits still arrive', async ({
  launch,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-refused-'));
  const peer = 'PEERBUGGY01';
  const teamId = 'e2e-refused-team';
  const companyId = '01JD7Q4W8Y00000000000000E2';
  const start = Date.now() - 3_600_000;
  const at = new Date(start).toISOString();
  const hlc = (step: number) => foreignHlc(start + step * 1000, 0, peer);
  let prev: string | null = null;
  let seq = 0;
  // The peer's log is written by hand from docs/sync-format.md, as another program would.
  const write = async (changes: ForeignChange[]) => {
    seq += 1;
    const bytes = foreignBatch({ team: teamId, device: peer, seq, prev, changes });
    const key = foreignBatchKey(peer, seq);
    await mkdir(join(folder, key, '..'), { recursive: true });
    await writeFile(join(folder, key), bytes);
    prev = fileHash(bytes);
  };
  try {
    await writeFile(join(folder, 'team.json'), foreignTeamFile(teamId));
    await write([
      {
        table: 'companies',
        id: companyId,
        fields: {
          name: '庄内みらい食品',
          kind: 'foodMaker',
          createdAt: at,
          updatedAt: at,
          createdBy: peer,
          deleted: false,
        },
        hlc: hlc(1),
      },
    ]);
    await write([
      { table: 'companies', id: companyId, fields: { kind: 'spaceship', notes: '試作品を評価中' }, hlc: hlc(2) },
    ]);
    const { page } = await launch({ firstRun: 'empty' });
    await openSync(page);
    await configure(page, 'ノートPC', folderTarget(folder));
    await syncNow(page);
    const refused = ja.sync.problems.refused
      .replace('{{device}}', peer)
      .replace('{{subject}}', '庄内みらい食品')
      .replace('{{fields}}', ja.data.fields.company.kind);
    await expect(page.locator('[data-sync-problems]')).toContainText(refused);
    const company = async () => (await readTable(page, 'companies')).find((row) => row['id'] === companyId);
    expect(await company()).toMatchObject({ kind: 'foodMaker', notes: '試作品を評価中' });

    // A later valid edit of the same company arrives, and the refused value is still listed.
    await write([{ table: 'companies', id: companyId, fields: { notes: '工場見学済み' }, hlc: hlc(3) }]);
    await syncNow(page);
    expect(await company()).toMatchObject({ kind: 'foodMaker', notes: '工場見学済み' });
    await expect(page.locator('[data-sync-problems]')).toContainText(refused);
    await openRoute(page, `/companies/${companyId}`);
    await expect(page.getByText('工場見学済み')).toBeVisible();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a conflict names the company, links to it, labels the field 電話番号 and says who wrote each value', async ({
  launch,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-conflict-'));
  const peer = 'PEERCONFLICT1';
  const teamId = 'e2e-conflict-team';
  const companyId = '01JD7Q4W8Y00000000000000C1';
  const start = Date.now() - 3_600_000;
  const at = new Date(start).toISOString();
  let prev: string | null = null;
  let seq = 0;
  const write = async (changes: ForeignChange[]) => {
    seq += 1;
    const bytes = foreignBatch({ team: teamId, device: peer, seq, prev, changes });
    const key = foreignBatchKey(peer, seq);
    await mkdir(join(folder, key, '..'), { recursive: true });
    await writeFile(join(folder, key), bytes);
    prev = fileHash(bytes);
  };
  try {
    await writeFile(join(folder, 'team.json'), foreignTeamFile(teamId));
    const fields = { name: '庄内みらい食品', kind: 'foodMaker', createdAt: at, updatedAt: at, createdBy: peer };
    await write([
      { table: 'companies', id: companyId, fields: { ...fields, deleted: false }, hlc: foreignHlc(start, 0, peer) },
    ]);
    const { page } = await launch({ firstRun: 'empty' });
    await openSync(page);
    await configure(page, 'ノートPC', folderTarget(folder));
    await syncNow(page);

    // This device changes the phone number; the peer changes it a little later.
    await openRoute(page, `/companies/${companyId}/edit`);
    await page.getByLabel(ja.data.fields.company.phone, { exact: true }).fill('023-600-0001');
    await page.getByRole('button', { name: ja.screens.common.save }).click();
    await expect(page).toHaveURL(new RegExp(`#/companies/${companyId}$`));
    const later = Date.now() + 30_000;
    await write([
      {
        table: 'companies',
        id: companyId,
        fields: { phone: '023-600-0002', updatedAt: new Date(later).toISOString() },
        hlc: foreignHlc(later, 0, peer),
      },
    ]);
    await openSync(page);
    await syncNow(page);

    const conflicts = page.locator('[data-sync-conflicts]');
    const rows = conflicts.locator('tbody tr');
    // updatedAt changed on both sides too, but is bookkeeping: one conflict only.
    await expect(rows).toHaveCount(1);
    const row = rows.first();
    await expect(row.getByRole('cell').nth(1)).toHaveText(ja.data.fields.company.phone);
    await expect(row.getByRole('cell').nth(2)).toContainText('023-600-0002');
    await expect(row.getByRole('cell').nth(2)).toContainText(peer);
    await expect(row.getByRole('cell').nth(3)).toContainText('023-600-0001');
    await expect(row.getByRole('cell').nth(3)).toContainText(ja.sync.conflicts.thisDevice);
    await expect(conflicts).not.toContainText(companyId);
    await row.getByRole('link', { name: '庄内みらい食品' }).click();
    await expect(page).toHaveURL(new RegExp(`#/companies/${companyId}$`));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('the connection test opens the team key: a wrong passphrase is an error that says what to do', async ({
  launch,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-locked-'));
  try {
    await createTeam(createFolderStore({ root: folder }), {
      teamId: 'e2e-locked-team',
      teamName: '置賜チーム',
      passphrase,
      appVersion: '0.1.0',
      now: () => new Date(),
    });
    const { page } = await launch({ firstRun: 'empty' });
    await openSync(page);
    await folderTarget(folder)(page);
    await page.getByLabel(ja.sync.target.encrypt).check();
    await page.getByRole('textbox', { name: ja.sync.target.passphrase, exact: true }).fill('違う合言葉');
    await page.getByRole('button', { name: ja.sync.target.test }).click();
    const message = page.locator('[data-sync-message]');
    await expect(message).toHaveText(ja.sync.errors['wrong-passphrase']);
    await expect(message).toHaveRole('alert');
    await expect(message).toHaveClass(/error/);
    await page.getByRole('textbox', { name: ja.sync.target.passphrase, exact: true }).fill(passphrase);
    await page.getByRole('button', { name: ja.sync.target.test }).click();
    await expect(message).toHaveText(
      `${ja.sync.target.testTeam.replace('{{name}}', '置賜チーム')}${ja.sync.target.testEncrypted}`,
    );
    await expect(message).toHaveRole('status');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
