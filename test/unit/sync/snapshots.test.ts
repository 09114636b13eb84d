import { afterAll, describe, expect, it } from 'vitest';
import { peekContainer } from '#shared/sync/container';
import { createMemoryStore, type MemoryStore } from '#shared/sync/memoryStore';
import { snapshotHeaderSchema } from '#shared/sync/snapshotCodec';
import { createTeam } from '#shared/sync/team';
import { createTestDevice, removeTempFolders } from './support/devices.ts';

afterAll(removeTempFolders);

const snapshotKeys = (store: MemoryStore) => [...store.objects.keys()].filter((key) => key.startsWith('snapshots/'));

async function newTeam(teamId = 'team1', passphrase: string | null = null) {
  const target = createMemoryStore();
  const team = await createTeam(target, {
    teamId,
    teamName: 'office',
    passphrase,
    appVersion: '0.1.0',
    now: () => new Date(),
  });
  return { target, team };
}

/** A writes four batches (two changes each), syncing after each; B edits too. */
async function history(target: MemoryStore, team: Awaited<ReturnType<typeof newTeam>>['team']) {
  const a = await createTestDevice('devA', target, team, { snapshotAfterBatches: 4 });
  const b = await createTestDevice('devB', target, team);
  for (let n = 1; n <= 4; n += 1) {
    a.replica.edit('companies', `c${n}`, { name: `会社${n}`, notes: `初回${n}` });
    a.replica.edit('visits', `v${n}`, { summary: `訪問${n}` });
    await a.engine.sync();
    b.replica.edit('companies', `c${n}`, { notes: `B の追記${n}` });
    await b.engine.sync();
  }
  return { a, b };
}

describe('snapshots', () => {
  it('are written after N batches and let a fresh device start from them, reaching the state of one that read every log', async () => {
    const { target, team } = await newTeam();
    const { a, b } = await history(target, team);
    const written = snapshotKeys(target);
    expect(written).toHaveLength(1);
    const header = snapshotHeaderSchema.parse(peekContainer('snapshot', target.objects.get(written[0] ?? '')!).header);
    expect(header).toMatchObject({ team: 'team1', device: 'devA' });
    expect(Object.keys(header.vector).sort()).toEqual(['devA', 'devB']);

    // Changes after the snapshot are pulled from the logs on top of it.
    a.replica.edit('companies', 'c1', { name: '会社1（改称）' });
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.sync();

    const fresh = await createTestDevice('devC', target, team);
    const fromSnapshot = await fresh.engine.sync();
    const fromLogs = await createTestDevice('devD', target, team, { loadSnapshots: false });
    const allLogs = await fromLogs.engine.sync();

    expect(fromSnapshot.problems).toEqual([]);
    expect(fromSnapshot.pulled).toBeLessThan(allLogs.pulled);
    expect(fresh.replica.view()).toEqual(fromLogs.replica.view());
    expect(fresh.replica.view()).toEqual(a.replica.view());
    expect(fresh.replica.view()['companies/c1']).toMatchObject({ name: '会社1（改称）' });
    // The logs stay: a device whose cursor is below the snapshot still reads them.
    expect([...target.objects.keys()].filter((key) => key.startsWith('devices/devA/log/'))).toHaveLength(5);

    // Field clocks came with the snapshot: an older write loses against them as it would against the logs.
    fresh.replica.edit('companies', 'c2', { notes: 'C の追記' });
    await fresh.engine.sync();
    await a.engine.sync();
    expect(a.replica.view()['companies/c2']).toMatchObject({ notes: 'C の追記' });
  });

  it('ignores a corrupt snapshot and one of another team, with a report, and falls back', async () => {
    const { target, team } = await newTeam();
    await history(target, team);
    const [key = ''] = snapshotKeys(target);
    const good = target.objects.get(key)!;

    // Another team's snapshot under a newer key of this target.
    const other = await newTeam('team2');
    await history(other.target, other.team);
    const [otherKey = ''] = snapshotKeys(other.target);
    const newer = otherKey.replace(/\/(\d{16})-/, (_m, ms: string) => `/${String(Number(ms) + 1).padStart(16, '0')}-`);
    target.objects.set(newer, other.target.objects.get(otherKey)!);
    const skipsOther = await createTestDevice('devC', target, team);
    const first = await skipsOther.engine.sync();
    expect(first.problems).toEqual([expect.objectContaining({ kind: 'snapshotCorrupt', subject: newer })]);
    const reference = await createTestDevice('devR', target, team, { loadSnapshots: false });
    const logs = await reference.engine.sync();
    // The older, valid snapshot was used: fewer batches than the whole logs.
    expect(first.pulled).toBeLessThan(logs.pulled);
    expect(skipsOther.replica.view()).toEqual(reference.replica.view());

    // The only snapshot damaged: reported, and every log read instead.
    target.objects.delete(newer);
    const damaged = good.slice();
    damaged[damaged.length - 10] = (damaged[damaged.length - 10] ?? 0) ^ 1;
    target.objects.set(key, damaged);
    const fallsBack = await createTestDevice('devE', target, team);
    const report = await fallsBack.engine.sync();
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'snapshotCorrupt', subject: key })]);
    expect(report.pulled).toBe(logs.pulled);
    expect(fallsBack.replica.view()).toEqual(reference.replica.view());
  });

  it('are sealed with the key in an encrypted team and opened by a fresh device', async () => {
    const { target, team } = await newTeam('team3', '合言葉');
    const { a } = await history(target, team);
    const [key = ''] = snapshotKeys(target);
    expect(peekContainer('snapshot', target.objects.get(key)!).encrypted).toBe(true);
    await a.engine.sync();
    const fresh = await createTestDevice('devC', target, team);
    const report = await fresh.engine.sync();
    expect(report.problems).toEqual([]);
    expect(report.pulled).toBeLessThan(8);
    expect(fresh.replica.view()).toEqual(a.replica.view());
  });
});
