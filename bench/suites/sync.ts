// Sync figures: initial sync of a peer's 10,000 companies + 100,000 visits from a folder (plain and
// end-to-end encrypted), compared with a raw IndexedDB put of the same final records in the same
// page; then an incremental sync of 100 changes on top of them. The sync runs where the app runs it
// (the sync worker, started by 今すぐ同期), timed on the page from the click to the report; the page's
// animation frames during the initial sync show whether the page kept drawing meanwhile. For the
// plain team also a fresh instance's initial sync when the folder holds a snapshot of the same
// state (docs/sync-format.md §4).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { monotonicFactory } from 'ulid';
import { companySchema } from '#shared/domain/company';
import { visitSchema } from '#shared/domain/visit';
import { ja } from '#shared/i18n/ja';
import { encodeBatch } from '#shared/sync/batchCodec';
import type { Change, JsonValue } from '#shared/sync/change';
import { formatHlc } from '#shared/sync/hlc';
import { batchKey, snapshotKey } from '#shared/sync/layout';
import { encodeSnapshot } from '#shared/sync/snapshotCodec';
import { createTeam, type OpenTeam } from '#shared/sync/team';
import { createFolderStore } from '../../main/src/services/sync/folderStore.ts';
import { launchApp } from '../../test/harness/launchApp.ts';
import type { BenchContext } from '../benchContext.ts';

const peer = 'BENCHPEER01';
const companies = 10_000;
const visitsPerCompany = 10;
const changesPerBatch = 5_000;
const passphrase = 'bench-合言葉';

type Peer = {
  root: string;
  team: OpenTeam;
  seq: number;
  prev: string | null;
  companyIds: string[];
  ms: number;
  changes: Change[];
};

function asChange(table: string, record: Record<string, unknown>, hlc: string): Change {
  const { id, ...fields } = record;
  return { table, id: String(id), fields: fields as Record<string, JsonValue>, hlc };
}

async function writeBatches(peerState: Peer, changes: Change[]): Promise<void> {
  const store = createFolderStore({ root: peerState.root });
  for (let start = 0; start < changes.length; start += changesPerBatch) {
    peerState.seq += 1;
    const batch = await encodeBatch(
      {
        team: peerState.team.file.teamId,
        device: peer,
        seq: peerState.seq,
        prev: peerState.prev,
        changes: changes.slice(start, start + changesPerBatch),
        createdAt: new Date().toISOString(),
        appVersion: '0.1.0',
      },
      peerState.team.key,
    );
    await store.putIfAbsent(batchKey(peer, peerState.seq), batch.bytes);
    peerState.prev = batch.hash;
  }
}

/** A folder holding a peer's log: 10,000 companies and 100,000 visits, all valid records. */
async function makePeerFolder(encrypted: boolean): Promise<Peer> {
  const root = await mkdtemp(join(tmpdir(), 'kakehashi-bench-sync-'));
  const team = await createTeam(createFolderStore({ root }), {
    teamId: 'benchteam',
    teamName: 'bench',
    passphrase: encrypted ? passphrase : null,
    appVersion: '0.1.0',
    now: () => new Date(),
  });
  const nextId = monotonicFactory();
  const state: Peer = { root, team, seq: 0, prev: null, companyIds: [], ms: Date.now() - 3_600_000, changes: [] };
  const at = new Date(state.ms).toISOString();
  const meta = { createdAt: at, updatedAt: at, createdBy: peer, deleted: false };
  const changes: Change[] = [];
  let counter = 0;
  const hlc = () =>
    formatHlc({ ms: state.ms + Math.floor(counter / 90_000), counter: counter++ % 90_000, device: peer });
  for (let c = 0; c < companies; c += 1) {
    const company = companySchema.parse({
      id: nextId(),
      ...meta,
      name: `ベンチ食品株式会社 ${c}`,
      nameKana: `べんちしょくひん ${c}`,
      kind: 'foodMaker',
      notes: '試作品の評価と共同研究の可能性について継続して相談中。',
    }) as Record<string, unknown>;
    state.companyIds.push(String(company['id']));
    changes.push(asChange('companies', company, hlc()));
    for (let v = 0; v < visitsPerCompany; v += 1) {
      const visit = visitSchema.parse({
        id: nextId(),
        ...meta,
        companyId: company['id'],
        date: `2026-${String((v % 12) + 1).padStart(2, '0')}-15`,
        purpose: 'needsDiscovery',
        coordinator: '山形 太郎',
        summary: `第${v + 1}回訪問。米ぬか由来素材の機能性評価について説明し、次回は工場見学の予定。`,
      }) as Record<string, unknown>;
      changes.push(asChange('visits', visit, hlc()));
    }
  }
  state.ms += 10_000;
  await writeBatches(state, changes);
  state.changes = changes;
  return state;
}

/** The peer's snapshot of everything it has written so far (one change per record, so its clocks). */
async function writeSnapshot(peerState: Peer): Promise<void> {
  const records = peerState.changes.map((change) => ({
    table: change.table,
    id: change.id,
    fields: change.fields,
    clocks: Object.fromEntries(Object.keys(change.fields).map((field) => [field, change.hlc])),
  }));
  const hlc = peerState.changes.at(-1)?.hlc ?? '';
  const bytes = await encodeSnapshot(
    {
      team: peerState.team.file.teamId,
      device: peer,
      hlc,
      vector: { [peer]: peerState.seq },
      records,
      createdAt: new Date().toISOString(),
      appVersion: '0.1.0',
    },
    peerState.team.key,
  );
  await createFolderStore({ root: peerState.root }).putIfAbsent(snapshotKey(peer, hlc), bytes);
}

/** A fresh instance's initial sync from the snapshot plus the logs above it. */
async function initialFromSnapshot(baseUrl: string, peerState: Peer): Promise<number> {
  await writeSnapshot(peerState);
  const app = await launchApp({ baseUrl, firstRun: 'empty' });
  try {
    return (await configureAndSync(app.page, peerState.root, false)).duration;
  } finally {
    await app.close();
  }
}

async function configureAndSync(page: Page, folder: string, encrypted: boolean): Promise<SyncTiming> {
  await page
    .getByRole('navigation', { name: ja.nav.label })
    .getByRole('link', { name: ja.nav.sync, exact: true })
    .click();
  await page.getByLabel(ja.sync.target.path).fill(folder);
  if (encrypted) {
    await page.getByLabel(ja.sync.target.encrypt).check();
    await page.getByLabel(ja.sync.target.passphrase, { exact: true }).fill(passphrase);
  }
  await page.getByRole('button', { name: ja.sync.target.save }).click();
  await page.locator('[data-sync-message]').waitFor();
  return syncOnce(page);
}

type SyncTiming = { duration: number; frames: number; longestGap: number };

/**
 * Clicks 今すぐ同期 and returns the duration of the whole sync as the page measured it, with the
 * animation frames the page drew meanwhile and the longest time it went without one.
 */
async function syncOnce(page: Page): Promise<SyncTiming> {
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  const before = await page.evaluate(() => {
    const recorder = { frames: 0, longestGap: 0, last: performance.now(), stop: false };
    (globalThis as unknown as { syncFrames: typeof recorder }).syncFrames = recorder;
    const tick = (now: number) => {
      if (recorder.stop) return;
      recorder.frames += 1;
      recorder.longestGap = Math.max(recorder.longestGap, now - recorder.last);
      recorder.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.getEntriesByName('kakehashi:sync').length;
  });
  await page.getByRole('button', { name: ja.sync.run.now }).click();
  await page.waitForFunction((count) => performance.getEntriesByName('kakehashi:sync').length > count, before, {
    timeout: 300_000,
  });
  return page.evaluate(() => {
    const recorder = (globalThis as unknown as { syncFrames: { frames: number; longestGap: number; stop: boolean } })
      .syncFrames;
    recorder.stop = true;
    const duration = performance.getEntriesByName('kakehashi:sync').at(-1)?.duration ?? Number.NaN;
    return { duration, frames: recorder.frames, longestGap: recorder.longestGap };
  });
}

/** Puts the synced records again into a fresh database with the same indexes, raw IndexedDB, same batch size. */
async function rawPut(page: Page): Promise<number> {
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  return page.evaluate(async (batchSize) => {
    const open = (name: string, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => upgrade?.(request.result);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
    const done = (tx: IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('tx failed'));
      });
    const source = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kakehashi');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const read = (name: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = source.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
      });
    const records = { companies: await read('companies'), visits: await read('visits') };
    source.close();
    const target = await open(`bench-raw-${Date.now()}`, (db) => {
      const companies = db.createObjectStore('companies', { keyPath: 'id' });
      for (const index of ['nameKana', 'region', 'kind', 'updatedAt']) companies.createIndex(index, index);
      const visits = db.createObjectStore('visits', { keyPath: 'id' });
      for (const index of ['companyId', 'date', 'state', 'updatedAt']) visits.createIndex(index, index);
      visits.createIndex('[companyId+date]', ['companyId', 'date']);
      visits.createIndex('openFollowUpDues', 'openFollowUpDues', { multiEntry: true });
    });
    const started = performance.now();
    for (const name of ['companies', 'visits'] as const) {
      const rows = records[name];
      for (let start = 0; start < rows.length; start += batchSize) {
        const tx = target.transaction(name, 'readwrite');
        const store = tx.objectStore(name);
        for (const row of rows.slice(start, start + batchSize)) store.put(row);
        await done(tx);
      }
    }
    const elapsed = performance.now() - started;
    target.close();
    return elapsed;
  }, changesPerBatch);
}

/** Initial sync (plain and encrypted) with its ratio to raw puts, and a 100-change incremental sync. */
export async function run({ baseUrl, report }: BenchContext): Promise<void> {
  for (const encrypted of [false, true]) {
    const label = encrypted ? 'encrypted' : 'plain';
    const peerState = await makePeerFolder(encrypted);
    const app = await launchApp({ baseUrl, firstRun: 'empty' });
    try {
      const timing = await configureAndSync(app.page, peerState.root, encrypted);
      const initial = timing.duration;
      report(`sync.initial-${label} (10,000 companies + 100,000 visits from a folder)`, initial / 1000, 's');
      report(`sync.initial-${label}-page-frames (frames the page drew during the sync)`, timing.frames, 'frames');
      report(
        `sync.initial-${label}-longest-frame-gap (longest time the page drew no frame during the sync)`,
        timing.longestGap,
        'ms',
      );
      const raw = await rawPut(app.page);
      report(`sync.raw-put-${label} (same records, raw IndexedDB put, same page)`, raw / 1000, 's');
      report(`sync.initial-to-raw-ratio-${label} (target <= 1.25)`, initial / raw, 'x');
      if (!encrypted) {
        const fromSnapshot = await initialFromSnapshot(baseUrl, peerState);
        report('sync.initial-from-snapshot-plain (same 110,000 records, one snapshot)', fromSnapshot / 1000, 's');
        report('sync.initial-logs-to-snapshot-ratio-plain', initial / fromSnapshot, 'x');
      }
      const edits: Change[] = peerState.companyIds.slice(0, 100).map((id, index) => ({
        table: 'companies',
        id,
        fields: { notes: `追記 ${index}` },
        hlc: formatHlc({ ms: peerState.ms, counter: index, device: peer }),
      }));
      await writeBatches(peerState, edits);
      report(
        `sync.incremental-100-${label} (100 changes on top of 110,000 records, target < 1 s)`,
        (await syncOnce(app.page)).duration,
        'ms',
      );
    } finally {
      await app.close();
      await rm(peerState.root, { recursive: true, force: true });
    }
  }
}
