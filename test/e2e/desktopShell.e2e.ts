import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ja } from '#shared/i18n/ja';
import { expect, test } from './fixtures.ts';
import type { AutomationWindow } from './screensHelpers.ts';
import { openRoute, seedVisitRecords } from './visitsSupport.ts';

// What the desktop shell's menu, quit and single-instance handoff ask of the page, posted through
// the same command queue main posts to (the harness hands it to the test).

test('File › 新規訪問 opens the new-visit screen', async ({ app }) => {
  app.shellCommands.post({ kind: 'menu', command: 'new-visit' });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(ja.visits.start.title);
});

test('quitting saves the draft being typed before the page says it is ready, with a notice', async ({ app }) => {
  const records = await seedVisitRecords(app.page);
  await openRoute(app.page, `/visits/new?company=${records.companyId}`);
  await expect(app.page).toHaveURL(/#\/visits\/[0-9A-HJKMNP-TV-Z]{26}$/);
  const visitId = app.page.url().split('/').at(-1) ?? '';
  await app.page.getByLabel(ja.data.fields.visit.summary, { exact: true }).fill('終了の直前に入力した一文');
  // At once, before the autosave's pause is over: the quit must save it itself.
  app.shellCommands.post({ kind: 'prepare-quit' });
  await expect.poll(() => app.quitReadyCalls()).toBe(1);
  const stored = await app.page.evaluate(
    async (id) => (await (window as AutomationWindow).__kakehashi!.repositories.visits.get(id))?.summary,
    visitId,
  );
  expect(stored).toBe('終了の直前に入力した一文');
  // The page's own line reached main's log through log:write.
  await expect
    .poll(async () => readFile(join(app.userDataPath, 'logs', 'main.log'), 'utf8').catch(() => ''))
    .toMatch(/\[page:quit\] ready to quit: 1 of 1 open drafts saved/);
});

test('a backup file opened with the app is offered on the restore screen', async ({ app }) => {
  app.shellCommands.post({ kind: 'restore-file', name: 'kakehashi-20260601.kkbackup' });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(ja.nav.settings);
  await expect(app.page.getByRole('status', { name: ja.desktop.notice.label })).toContainText(
    'kakehashi-20260601.kkbackup',
  );
});

test('Help › 診断情報の書き出し saves a zip with the table counts, readable by zipfile', async ({ launch }) => {
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-diagnostics-e2e-'));
  try {
    const app = await launch({
      firstRun: 'samples',
      chooseSavePath: ({ suggestedName }) => Promise.resolve(join(folder, suggestedName ?? 'x.zip')),
    });
    app.shellCommands.post({ kind: 'menu', command: 'diagnostics' });
    const notice = app.page.getByRole('status', { name: ja.desktop.notice.label });
    await expect(notice).toContainText('kakehashi-diagnostics-');
    const path = (await notice.textContent())?.match(/(\/\S+\.zip)/)?.[1] ?? '';
    const listing = execFileSync(
      'python3',
      [
        '-c',
        'import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({"names": z.namelist(), "db": json.loads(z.read("database.json"))}))',
        path,
      ],
      { encoding: 'utf8' },
    );
    const zip = JSON.parse(listing) as { names: string[]; db: { tableCounts: Record<string, number> } };
    expect(zip.names).toEqual(expect.arrayContaining(['about.json', 'database.json', 'sync.json', 'logs/main.log']));
    expect(zip.db.tableCounts['seeds']).toBe(16);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a database written by a newer version is refused with a clear message instead of opened', async ({ app }) => {
  // What a newer Kakehashi leaves behind: the same database at a higher schema version.
  await app.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('kakehashi', 990);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      }),
  );
  await app.page.reload();
  const alert = app.page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(ja.desktop.database.newerTitle);
  await expect(alert).toContainText('スキーマ版 99');
  await expect(app.page.getByRole('navigation', { name: ja.nav.label })).toHaveCount(0);
});
