import { execFile } from 'node:child_process';
import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchKey } from '#shared/sync/layout';
import { SyncError } from '#shared/sync/syncError';
import { createTeam, joinTeam } from '#shared/sync/team';
import { encodeTeamFile, syncFormatVersion } from '#shared/sync/teamFile';
import { createTeamEncryption, type TeamEncryption } from '#shared/sync/teamKey';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';
import { createTestDevice, removeTempFolders, tempFolder } from './support/devices.ts';

const passphrase = '最上の合言葉';
let encryption: TeamEncryption;

beforeAll(async () => {
  // One PBKDF2 derivation (600,000 iterations) for the whole file; each folder gets this block.
  ({ encryption } = await createTeamEncryption('team1', passphrase));
});

afterAll(removeTempFolders);

async function encryptedTarget(teamId = 'team1') {
  const root = await tempFolder('target');
  const file = {
    format: 'kakehashi-sync' as const,
    formatVersion: syncFormatVersion,
    teamId,
    teamName: `${teamId} office`,
    createdAt: '2026-11-28T09:00:00.000Z',
    minAppVersion: '0.1.0',
    encryption: teamId === 'team1' ? encryption : null,
  };
  await writeFile(join(root, 'team.json'), encodeTeamFile(file));
  const store = createFolderStore({ root });
  return {
    root,
    store,
    team: teamId === 'team1' ? await joinTeam(store, passphrase) : await joinTeam(store, null),
  };
}

async function plainTarget() {
  const root = await tempFolder('target');
  const store = createFolderStore({ root });
  const team = await createTeam(store, {
    teamId: 'team1',
    teamName: 'office',
    passphrase: null,
    appVersion: '0.1.0',
    now: () => new Date(),
  });
  return { root, store, team };
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof SyncError ? error.code : `unexpected: ${String(error)}`;
  }
}

/** Device B writes three batches of one change each; A has seen none. */
async function threeBatches(target: Awaited<ReturnType<typeof plainTarget>>) {
  const a = await createTestDevice('devA', target.store, target.team);
  const b = await createTestDevice('devB', target.store, target.team);
  for (const name of ['一', '二', '三']) {
    b.replica.edit('companies', `c-${name}`, { name });
    await b.engine.sync();
  }
  return { a, b };
}

describe('folder store', () => {
  it('is create-only and confined to its root', async () => {
    const root = await tempFolder('store');
    const store = createFolderStore({ root });
    expect(await store.putIfAbsent('devices/d/log/000000000001.batch', new Uint8Array([1]))).toBe('created');
    expect(await store.putIfAbsent('devices/d/log/000000000001.batch', new Uint8Array([2]))).toBe('exists');
    expect(await store.get('devices/d/log/000000000001.batch')).toEqual(new Uint8Array([1]));
    expect(await errorCode(store.get('../etc/passwd'))).toBe('outside-root');
    expect(await errorCode(store.putIfAbsent('devices/../../x', new Uint8Array()))).toBe('outside-root');
    const outside = await tempFolder('outside');
    await writeFile(join(outside, 'secret'), 'x');
    await symlink(outside, join(root, 'blobs'));
    expect(await errorCode(store.get('blobs/secret'))).toBe('outside-root');
    expect(await errorCode(store.putIfAbsent('blobs/new', new Uint8Array([1])))).toBe('outside-root');
    expect((await store.list('')).map((entry) => entry.key)).toEqual(['devices/d/log/000000000001.batch']);
  });

  it('leaves no object when the writer is killed between temp write and rename', async () => {
    const root = await tempFolder('killed');
    const key = 'devices/devK/log/000000000001.batch';
    const run = promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      join(import.meta.dirname, 'support/killedWriter.ts'),
      root,
      key,
    ]);
    expect(await errorCode(run)).toMatch(/unexpected/);
    const store = createFolderStore({ root });
    expect(await readdir(join(root, 'devices/devK/log'))).toEqual([expect.stringMatching(/^\.kkh-.*\.tmp$/)]);
    expect(await store.get(key)).toBeNull();
    expect(await store.list('devices/')).toEqual([]);
    expect(await store.putIfAbsent(key, new Uint8Array([7]))).toBe('created');
  });

  it('says the target is missing, and deletes nothing locally', async () => {
    const target = await plainTarget();
    const a = await createTestDevice('devA', target.store, target.team);
    a.replica.edit('companies', 'c1', { name: '庄内食品' });
    await a.engine.sync();
    await rm(target.root, { recursive: true });
    a.replica.edit('companies', 'c1', { notes: '電話済み' });
    expect(await errorCode(a.engine.sync())).toBe('target-missing');
    expect(a.replica.view()['companies/c1']).toEqual({
      name: '庄内食品',
      notes: '電話済み',
    });
    // The edit made while the target was away is sealed in the own journal.
    expect(await a.journal.get(batchKey('devA', 2))).not.toBeNull();
    const empty = createFolderStore({ root: await tempFolder('empty') });
    expect(await errorCode(joinTeam(empty, null))).toBe('target-empty');
  });
});

describe('faults on a real folder', () => {
  it('reports a truncated batch, never applies or deletes it, and goes on once it is whole', async () => {
    const target = await plainTarget();
    const { a } = await threeBatches(target);
    const path = join(target.root, batchKey('devB', 2));
    const whole = await readFile(path);
    await writeFile(path, whole.subarray(0, whole.length - 10));
    const report = await a.engine.sync();
    expect(report.problems).toEqual([expect.objectContaining({ device: 'devB', seq: 2, kind: 'corrupt' })]);
    expect(Object.keys(a.replica.view())).toEqual(['companies/c-一']);
    expect((await readFile(path)).length).toBe(whole.length - 10);
    await writeFile(path, whole);
    await a.engine.sync();
    expect(Object.keys(a.replica.view())).toHaveLength(3);
  });

  it('reports a batch with a flipped byte in an encrypted team', async () => {
    const target = await encryptedTarget();
    const { a } = await threeBatches(target);
    const path = join(target.root, batchKey('devB', 1));
    const bytes = await readFile(path);
    bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0x80;
    await writeFile(path, bytes);
    const report = await a.engine.sync();
    expect(report.problems).toEqual([expect.objectContaining({ seq: 1, kind: 'corrupt' })]);
    expect(a.replica.view()).toEqual({});
  });

  it('waits at a gap and never skips it', async () => {
    const target = await plainTarget();
    const { a } = await threeBatches(target);
    const path = join(target.root, batchKey('devB', 2));
    const kept = await readFile(path);
    await rm(path);
    const report = await a.engine.sync();
    expect(report.problems).toEqual([expect.objectContaining({ seq: 2, kind: 'gap' })]);
    expect(Object.keys(a.replica.view())).toEqual(['companies/c-一']);
    await writeFile(path, kept);
    expect((await a.engine.sync()).problems).toEqual([]);
    expect(Object.keys(a.replica.view())).toHaveLength(3);
  });

  it('quarantines a batch from a far-future clock until the time comes', async () => {
    const target = await plainTarget();
    const a = await createTestDevice('devA', target.store, target.team);
    const c = await createTestDevice('devC', target.store, target.team, {
      wall: a.wall + 3 * 24 * 3600_000,
    });
    c.replica.edit('companies', 'c1', { name: '未来の日付' });
    await c.engine.sync();
    const report = await a.engine.sync();
    expect(report.problems).toEqual([expect.objectContaining({ device: 'devC', kind: 'quarantined' })]);
    expect(a.replica.view()).toEqual({});
    // A's own clock was not dragged forward: its next edit is dated now.
    a.replica.edit('companies', 'c2', { name: '今日' });
    expect(a.replica.records.get('companies/c2')?.clocks.name?.startsWith(String(a.wall).padStart(16, '0'))).toBe(true);
    a.wall += 3 * 24 * 3600_000;
    expect((await a.engine.sync()).problems).toEqual([]);
    expect(a.replica.view()['companies/c1']).toEqual({ name: '未来の日付' });
  });

  it('lets a later edit win after the wall clock was set back', async () => {
    const target = await plainTarget();
    const a = await createTestDevice('devA', target.store, target.team);
    const b = await createTestDevice('devB', target.store, target.team);
    a.replica.edit('companies', 'c1', { notes: '古いメモ' });
    await a.engine.sync();
    await b.engine.sync();
    b.wall -= 2 * 3600_000;
    b.replica.edit('companies', 'c1', { notes: '時計を戻した後のメモ' });
    await b.engine.sync();
    await a.engine.sync();
    expect(a.replica.view()['companies/c1']?.notes).toBe('時計を戻した後のメモ');
    expect(b.replica.view()).toEqual(a.replica.view());
  });

  it('reports a fork when two machines use one device id, and overwrites nothing', async () => {
    const target = await plainTarget();
    const first = await createTestDevice('devX', target.store, target.team);
    const second = await createTestDevice('devX', target.store, target.team);
    first.replica.edit('companies', 'c1', { name: '一台目' });
    second.replica.edit('companies', 'c1', { name: '二台目' });
    // The second machine seals before it ever sees the target (offline), then both go online.
    await second.engine.sealLocal();
    await first.engine.sync();
    const before = await readFile(join(target.root, batchKey('devX', 1)));
    const report = await second.engine.sync();
    expect(report.problems).toEqual([expect.objectContaining({ device: 'devX', kind: 'fork' })]);
    expect(await readFile(join(target.root, batchKey('devX', 1)))).toEqual(before);
    const reader = await createTestDevice('devR', target.store, target.team);
    await reader.engine.sync();
    expect(reader.replica.view()['companies/c1']).toEqual({ name: '一台目' });
  });

  it('refuses a wrong passphrase before reading any batch', async () => {
    const target = await encryptedTarget();
    const gets: string[] = [];
    const spy = {
      ...target.store,
      get: (key: string) => (gets.push(key), target.store.get(key)),
    };
    expect(await errorCode(joinTeam(spy, 'まちがい'))).toBe('wrong-passphrase');
    expect(gets).toEqual(['team.json']);
  });

  it("refuses another team's folder and a newer format, and keeps local edits", async () => {
    const mine = await encryptedTarget('team1');
    const theirs = await encryptedTarget('team2');
    const a = await createTestDevice('devA', theirs.store, mine.team);
    a.replica.edit('companies', 'c1', { name: '置賜ファーム' });
    expect(await errorCode(a.engine.sync())).toBe('other-team');
    expect(await readdir(theirs.root)).toEqual(['team.json']);
    expect(a.replica.view()['companies/c1']).toEqual({ name: '置賜ファーム' });
    const newer = await tempFolder('newer');
    await writeFile(join(newer, 'team.json'), JSON.stringify({ format: 'kakehashi-sync', formatVersion: 99 }));
    expect(await errorCode(joinTeam(createFolderStore({ root: newer }), null))).toBe('newer-format');
  });

  it('rebuilds a wiped database from the own journal, even with the target away', async () => {
    const target = await plainTarget();
    const a = await createTestDevice('devA', target.store, target.team);
    const b = await createTestDevice('devB', target.store, target.team);
    b.replica.edit('companies', 'c9', { name: '最上の農業法人' });
    await b.engine.sync();
    a.replica.edit('companies', 'c1', { name: '村山の食品工場' });
    a.replica.edit('visits', 'v1', { summary: '試作品の評価' });
    await a.engine.sync();
    const before = a.replica.view();
    a.replica.wipe();
    await rm(target.root, { recursive: true });
    expect(await errorCode(a.engine.sync())).toBe('target-missing');
    expect(a.replica.view()).toEqual({
      'companies/c1': before['companies/c1'],
      'visits/v1': before['visits/v1'],
    });
    // Nothing is sealed twice: the own cursor came back with the journal.
    expect(a.replica.outbox).toEqual([]);
  });
});
