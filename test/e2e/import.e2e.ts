// Importing a company list as a user would: pick the file, fix the mapping, read the errors by row
// and header, decide about duplicates, import, find the companies, undo.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ja } from '#shared/i18n/ja';
import type { Page } from 'playwright-core';
import { createFolderStore } from '../../main/src/services/sync/folderStore.ts';
import { verifyTarget } from '../../main/src/services/sync/verifyTarget.ts';
import { expect, test } from './fixtures.ts';
import { enableAutomation, expectNoAxeViolations, openRoute, type AutomationWindow } from './screensHelpers.ts';
import { readTable } from './support/pageData.ts';

const text = ja.import;
const csv = (content: string) => Buffer.from(`\ufeff${content.replace(/\n/g, '\r\n')}`, 'utf8');
const place = (row: number, column: string) =>
  text.issuePlace.replace('{{row}}', String(row)).replace('{{column}}', column);

async function pick(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel(text.file).setInputFiles({ name, mimeType: 'text/csv', buffer });
}

const errors = (page: Page) => page.getByRole('region', { name: /取り込めない行/ }).getByRole('listitem');

test('bad rows are named by row and column, fixing the mapping clears them, and the import applies and is captured', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('link', { name: ja.nav.companies, exact: true }).click();
  await page.getByRole('link', { name: text.open }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
  const file = csv(
    '取引先,フリガナ,〒,所在地,業種,電話\n' +
      '出羽食品,デワショクヒン,997-0035,山形県鶴岡市馬場町9-22,食品製造業,0235-22-0000\n' +
      '庄内ファーム,ショウナイファーム,99-80000,山形県酒田市,果樹園,\n' +
      '米沢メディカル,ﾖﾈｻﾞﾜﾒﾃﾞｨｶﾙ,992-0012,,医療,\n',
  );
  await pick(page, '取引先一覧.csv', file);
  await expect(
    page.getByText(text.fileSummary.replace('{{file}}', '取引先一覧.csv').replace('{{rows}}', '3')),
  ).toBeVisible();
  await expect(page.getByLabel(text.encoding)).toHaveValue('utf-8-bom');
  // 「取引先」 is no header the app knows: there is no company-name column yet.
  await expect(errors(page).first()).toHaveText(
    `${place(1, '企業名')}${text.issues.missingColumn.replaceAll('{{column}}', '企業名')}`,
  );
  await expect(page.getByRole('button', { name: text.apply, exact: true })).toBeDisabled();

  await page.getByLabel('取引先（A列）').selectOption({ label: text.targets.name });
  await expect(errors(page)).toHaveText([
    `${place(3, '〒')}${ja.data.validation.postalCode.replace('{{field}}', '〒')}`,
    `${place(3, '業種')}${text.issues.unknownKind.replace('{{value}}', '果樹園')}`,
  ]);
  await page.getByLabel('「果樹園」').selectOption({ label: ja.data.companyKinds.agriCorporation });
  await expect(errors(page)).toHaveText([
    `${place(3, '〒')}${ja.data.validation.postalCode.replace('{{field}}', '〒')}`,
  ]);

  // The preview shows the rows as they will be written: よみ in hiragana, municipality from the address or postal code.
  const preview = page.getByRole('table', { name: text.preview });
  await expect(preview.getByRole('row', { name: /米沢メディカル/ })).toContainText('よねざわめでぃかる');
  await expect(preview.getByRole('row', { name: /米沢メディカル/ })).toContainText('米沢市');
  await expect(preview.getByRole('row', { name: /出羽食品/ })).toContainText('鶴岡市');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: text.apply, exact: true }).click();
  await expect(
    page.getByText(
      text.applied.replace('{{file}}', '取引先一覧.csv').replace('{{create}}', '2').replace('{{update}}', '0'),
    ),
  ).toBeVisible();

  // The companies are in the list and found by the list's text filter.
  await openRoute(page, '/companies');
  const list = page.getByRole('list', { name: ja.screens.companies.list });
  await expect(list.getByRole('link')).toHaveText(['出羽食品', '米沢メディカル']);
  await page
    .getByRole('search', { name: ja.screens.companies.filters })
    .getByLabel(ja.screens.companies.text)
    .fill('ヨネザワ');
  await expect(list.getByRole('link')).toHaveText(['米沢メディカル']);

  // They were captured with the write, one outbox row for the whole import: they sync like any edit.
  const outbox = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kakehashi');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const rows = await new Promise<{ changes: { table: string; fields: { name?: string } }[] }[]>((resolve, reject) => {
      const request = db.transaction('_outbox').objectStore('_outbox').getAll();
      request.onsuccess = () => resolve(request.result as never);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return rows.map((row) => row.changes.filter((c) => c.table === 'companies').map((c) => c.fields.name));
  });
  expect(outbox.filter((names) => names.length > 0)).toEqual([['出羽食品', '米沢メディカル']]);

  // And they sync: a shared folder holds them after one sync.
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-import-share-'));
  try {
    await page
      .getByRole('navigation', { name: ja.nav.label })
      .getByRole('link', { name: ja.nav.sync, exact: true })
      .click();
    await page.getByLabel(ja.sync.target.folder).check();
    await page.getByLabel(ja.sync.target.path).fill(folder);
    await page.getByLabel(ja.sync.target.deviceName).fill('事務所PC');
    await page.getByRole('button', { name: ja.sync.target.save }).click();
    await expect(page.locator('[data-sync-message]')).toHaveText(ja.sync.target.saved);
    await page.getByRole('button', { name: ja.sync.run.now }).click();
    await expect(page.locator('[data-sync-last]')).toContainText('完了', { timeout: 30_000 });
    const report = await verifyTarget(createFolderStore({ root: folder }), null);
    expect(report.faults).toEqual([]);
    expect(report.devices[0]?.records).toBeGreaterThanOrEqual(2);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  // The next file with the same headers gets the mapping made for this one.
  await openRoute(page, '/companies/import');
  await pick(page, '取引先一覧2.csv', file);
  await expect(page.getByText(text.mappingRemembered)).toBeVisible();
  await expect(page.getByLabel('取引先（A列）')).toHaveValue('name');
});

test('a duplicate of an existing company is updated field by field, and undo takes the whole import back', async ({
  app,
}) => {
  const { page } = app;
  await enableAutomation(page);
  const existingId = await page.evaluate(async () => {
    const { repositories } = (window as AutomationWindow).__kakehashi!;
    const made = await repositories.companies.create({
      name: '出羽食品',
      kind: 'foodMaker',
      municipality: '06203',
      phone: '0235-11-1111',
    });
    return made.id;
  });
  await openRoute(page, '/companies/import');
  await pick(
    page,
    '更新.csv',
    csv(
      '会社名,電話,住所,業種\n㈱出羽食品,0235-22-0000,山形県鶴岡市馬場町9-22,食品\n新庄そば,0233-00-0000,山形県新庄市沖の町,食品\n',
    ),
  );
  const duplicates = page.getByRole('region', { name: /重複/ });
  await expect(duplicates).toContainText(text.duplicateOfCompany.replace('{{name}}', '出羽食品'));
  await duplicates
    .getByLabel(text.duplicateAction.replace('{{row}}', '2'))
    .selectOption({ label: text.actions.update });
  const change = (field: string, before: string, after: string) =>
    text.change.replace('{{field}}', field).replace('{{before}}', before).replace('{{after}}', after);
  await expect(duplicates.getByRole('listitem').getByRole('listitem')).toHaveText([
    change('企業名', '出羽食品', '㈱出羽食品'),
    change('住所', text.empty, '山形県鶴岡市馬場町9-22'),
    change('電話番号', '0235-11-1111', '0235-22-0000'),
  ]);
  await expect(
    page.getByText(
      text.summary
        .replace('{{create}}', '1')
        .replace('{{update}}', '1')
        .replace('{{skip}}', '0')
        .replace('{{errors}}', '0'),
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: text.apply, exact: true }).click();
  await expect(
    page.getByText(text.applied.replace('{{file}}', '更新.csv').replace('{{create}}', '1').replace('{{update}}', '1')),
  ).toBeVisible();

  let companies = await readTable(page, 'companies');
  expect(companies.find((c) => c['id'] === existingId)).toMatchObject({ name: '㈱出羽食品', phone: '0235-22-0000' });
  expect(companies.find((c) => c['name'] === '新庄そば')).toMatchObject({ municipality: '06205', deleted: false });

  await page.getByRole('button', { name: text.undo, exact: true }).click();
  await expect(page.getByText(text.undone.replace('{{removed}}', '1').replace('{{restored}}', '1'))).toBeVisible();
  await expect(page.getByText(text.historyUndone)).toBeVisible();
  companies = await readTable(page, 'companies');
  expect(companies.find((c) => c['id'] === existingId)).toMatchObject({
    name: '出羽食品',
    phone: '0235-11-1111',
    address: '',
  });
  expect(companies.find((c) => c['name'] === '新庄そば')).toMatchObject({ deleted: true });
});

test('files that cannot be imported say so, naming the file, and write nothing', async ({ app }) => {
  const { page } = app;
  await openRoute(page, '/companies/import');
  const alert = page.getByRole('alert');
  await page
    .getByLabel(text.file)
    .setInputFiles({ name: '写真.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
  await expect(alert).toHaveText(text.fileErrors.notSpreadsheet.replace('{{file}}', '写真.png'));
  await pick(page, '空.csv', Buffer.alloc(0));
  await expect(alert).toHaveText(text.fileErrors.empty.replace('{{file}}', '空.csv'));
  await pick(page, '見出し.csv', csv('企業名,住所\n'));
  await expect(alert).toHaveText(text.fileErrors.headerOnly.replace('{{file}}', '見出し.csv'));
  await page.getByLabel(text.file).setInputFiles({
    name: '保護.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(64),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]),
  });
  await expect(alert).toHaveText(text.fileErrors.encrypted.replace('{{file}}', '保護.xlsx'));
  expect(await readTable(page, 'companies')).toEqual([]);
});

test('an XLSX workbook is read in the worker, from its first sheet or the one chosen', async ({ app }) => {
  const { page } = app;
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-import-xlsx-'));
  try {
    const path = join(folder, '企業一覧.xlsx');
    // Written by an independent writer: Debian's openpyxl.
    await promisify(execFile)('/usr/bin/python3', [
      '-c',
      `
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '説明'
ws.append(['この表について'])
ws.append(['企業一覧は次のシート'])
data = wb.create_sheet('企業一覧')
data.append(['企業名', '法人番号', '設立年月日', '業種', '住所'])
data.append(['庄内バイオ', 1234567890123, datetime.date(2001, 4, 1), '食品', '山形県鶴岡市覚岸寺'])
data.append(['米沢メディカル', None, datetime.date(2019, 5, 1), '医療', '山形県米沢市'])
data['C3'].number_format = '[$-411]ggge"年"m"月"d"日"'
wb.save(sys.argv[1])
`,
      path,
    ]);
    await openRoute(page, '/companies/import');
    await page.getByLabel(text.file).setInputFiles({
      name: '企業一覧.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await readFile(path),
    });
    // The first sheet holds no company column: choosing the right sheet reads it.
    await expect(page.getByLabel(text.sheet)).toHaveValue('説明');
    await page.getByLabel(text.sheet).selectOption('企業一覧');
    await expect(
      page.getByText(text.fileSummary.replace('{{file}}', '企業一覧.xlsx').replace('{{rows}}', '2')),
    ).toBeVisible();
    // 1234567890123 has a wrong check digit: named as the number it is, not as 1.23456789e12.
    await expect(errors(page)).toHaveText([
      `${place(2, '法人番号')}${ja.data.validation.corporateNumber.replace('{{field}}', '法人番号')}`,
    ]);
    await page.getByRole('button', { name: text.apply, exact: true }).click();
    await expect(
      page.getByText(
        text.applied.replace('{{file}}', '企業一覧.xlsx').replace('{{create}}', '1').replace('{{update}}', '0'),
      ),
    ).toBeVisible();
    const companies = await readTable(page, 'companies');
    expect(companies).toEqual([
      expect.objectContaining({ name: '米沢メディカル', municipality: '06202', notes: '設立年月日: 2019-05-01' }),
    ]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a 50,000-row file shows its progress and is checked in full', async ({ app }) => {
  const { page } = app;
  await openRoute(page, '/companies/import');
  const lines = ['企業名,住所,業種'];
  for (let i = 0; i < 50_000; i++) lines.push(`大量株式会社${i},山形県山形市松波${i},食品`);
  await pick(page, '大量.csv', csv(`${lines.join('\n')}\n`));
  // Reading and checking run in the worker; the page says what it is doing until the plan is whole.
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText(
    /大量\.csv を読み込んでいます|内容を確認しています/,
  );
  await expect(
    page.getByText(text.fileSummary.replace('{{file}}', '大量.csv').replace('{{rows}}', '50000')),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    page.getByText(
      text.summary
        .replace('{{create}}', '50000')
        .replace('{{update}}', '0')
        .replace('{{skip}}', '0')
        .replace('{{errors}}', '0'),
    ),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: text.apply, exact: true })).toBeEnabled();
  await expect(page.getByText(text.previewHelp.replace('{{shown}}', '100').replace('{{rows}}', '50000'))).toBeVisible();
});
