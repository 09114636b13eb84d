import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '#shared/sync/memoryStore';
import { SyncError } from '#shared/sync/syncError';
import { createTeam, joinTeam } from '#shared/sync/team';
import { kdfIterationBounds, unlockTeamKey, type TeamEncryption } from '#shared/sync/teamKey';
import { createTestDevice, removeTempFolders } from './support/devices.ts';
import { fileHash, foreignBatch, foreignBatchKey, foreignHlc, foreignTeamFile } from './support/foreignBatch.ts';

afterAll(removeTempFolders);

const wall = 1_764_547_200_000;
const day = 24 * 3600_000;
const peer = 'peerX';

async function foreignTeam(teamId = 'team-foreign') {
  const store = createMemoryStore();
  store.objects.set('team.json', foreignTeamFile(teamId));
  return { store, team: await joinTeam(store, null), teamId };
}

const code = async (run: Promise<unknown>) => {
  try {
    await run;
    return 'resolved';
  } catch (error) {
    return error instanceof SyncError ? error.code : String(error);
  }
};

describe('a peer that removes encryption (no downgrade)', () => {
  it('refuses a plain team.json once the device knew the team encrypted, and sends nothing in clear', async () => {
    const store = createMemoryStore();
    const encrypted = await createTeam(store, {
      teamId: 'team-enc',
      teamName: 'office',
      passphrase: '月山の合言葉',
      appVersion: '0.1.0',
      now: () => new Date(wall),
    });
    const a = await createTestDevice('devA', store, encrypted);
    a.replica.edit('companies', 'c1', { name: '庄内みらい食品' });
    await a.engine.sync();

    // Someone replaces team.json by a plain one with the same team id.
    store.objects.set('team.json', foreignTeamFile('team-enc'));
    const before = [...store.objects.keys()];
    a.replica.edit('companies', 'c2', { name: '平文で送られてはいけない会社' });
    // In this session (the key is still unlocked) ...
    await expect(a.engine.sync()).rejects.toMatchObject({ code: 'encryption-removed' });
    // ... and after a restart, when joining reads the plain file.
    const rejoined = await joinTeam(store, '月山の合言葉');
    expect(rejoined.key).toBeNull();
    const restarted = await createTestDevice('devA', store, rejoined, {
      replica: a.replica,
      journalPath: a.journalPath,
      wall,
    });
    const failure = await restarted.engine.sync().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).code).toBe('encryption-removed');
    expect((failure as SyncError).message).toContain('no encryption');
    await expect(restarted.engine.sealLocal()).rejects.toMatchObject({ code: 'encryption-removed' });
    expect([...store.objects.keys()]).toEqual(before);
    const plain = [...store.objects.values()].map((bytes) => Buffer.from(bytes).toString('latin1'));
    expect(plain.some((text) => text.includes('KKHB\u0001\u0000'))).toBe(false);
  });

  it(`refuses a team file asking 2^40 PBKDF2 iterations at once (bounds ${kdfIterationBounds.min}–${kdfIterationBounds.max})`, async () => {
    const encryption: TeamEncryption = {
      algorithm: 'AES-256-GCM',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 2 ** 40, salt: Buffer.alloc(16, 1).toString('base64') },
      keyId: '0123456789abcdef',
      wrappedKey: Buffer.alloc(60, 2).toString('base64'),
      keyCheck: Buffer.alloc(32, 3).toString('base64'),
    };
    const store = createMemoryStore();
    store.objects.set('team.json', foreignTeamFile('team-slow', encryption));
    // Deriving 2^40 iterations would take days: the test only ends because it is refused first.
    const failure = await joinTeam(store, '合言葉').catch((error: unknown) => error);
    expect((failure as SyncError).code).toBe('corrupt-team-file');
    expect((failure as SyncError).message).toContain('PBKDF2 iterations');
    await expect(unlockTeamKey('team-slow', encryption, '合言葉')).rejects.toMatchObject({
      code: 'corrupt-team-file',
    });
    for (const iterations of [kdfIterationBounds.min - 1, kdfIterationBounds.max + 1, 1.5e6 + 0.5]) {
      store.objects.set(
        'team.json',
        foreignTeamFile('team-slow', { ...encryption, kdf: { ...encryption.kdf, iterations } }),
      );
      expect(await code(joinTeam(store, '合言葉'))).toBe('corrupt-team-file');
    }
  });
});

describe('per-change clocks', () => {
  it('holds back a batch whose "now" header carries a change dated a year ahead, and a later real edit wins', async () => {
    const { store, team, teamId } = await foreignTeam();
    const now = foreignHlc(wall, 1, peer);
    const bytes = foreignBatch({
      team: teamId,
      device: peer,
      seq: 1,
      prev: null,
      changes: [
        { table: 'companies', id: 'c1', fields: { name: '本物' }, hlc: now },
        { table: 'companies', id: 'c1', fields: { name: '一年先の値' }, hlc: foreignHlc(wall + 365 * day, 0, peer) },
      ],
      header: { hlcMin: now, hlcMax: now },
    });
    store.objects.set(foreignBatchKey(peer, 1), bytes);
    const a = await createTestDevice('devA', store, team, { wall });
    const report = await a.engine.sync();
    expect(report.problems).toEqual([expect.objectContaining({ device: peer, seq: 1, kind: 'quarantined' })]);
    expect(a.replica.view()).toEqual({});

    // A's own later edit is what everyone sees; the hostile value never got in.
    a.wall += 3600_000;
    a.replica.edit('companies', 'c1', { name: 'Aの編集' });
    await a.engine.sync();
    const b = await createTestDevice('devB', store, team, { wall: a.wall });
    await b.engine.sync();
    expect(b.replica.view()['companies/c1']).toEqual({ name: 'Aの編集' });
  });

  it('reports a change outside its header’s hlcMin..hlcMax as corrupt and applies nothing of it', async () => {
    const { store, team, teamId } = await foreignTeam();
    const min = foreignHlc(wall, 5, peer);
    store.objects.set(
      foreignBatchKey(peer, 1),
      foreignBatch({
        team: teamId,
        device: peer,
        seq: 1,
        prev: null,
        changes: [
          { table: 'companies', id: 'c1', fields: { name: '範囲内' }, hlc: min },
          { table: 'companies', id: 'c2', fields: { name: '範囲より前' }, hlc: foreignHlc(wall - 3600_000, 0, peer) },
        ],
        header: { hlcMin: min, hlcMax: min },
      }),
    );
    const a = await createTestDevice('devA', store, team, { wall });
    const report = await a.engine.sync();
    expect(report.problems).toEqual([expect.objectContaining({ seq: 1, kind: 'corrupt' })]);
    expect(report.problems[0]?.detail).toContain('outside');
    expect(a.replica.view()).toEqual({});
  });

  it('applies a batch only when every change lies in its header range and within the skew window', async () => {
    const minMs = wall - 60_000;
    const maxMs = wall + 60_000;
    const offset = fc.oneof(
      fc.integer({ min: -120_000, max: 120_000 }),
      fc.integer({ min: day - 60_000, max: day + 60_000 }),
      fc.integer({ min: 300 * day, max: 400 * day }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(offset, { minLength: 1, maxLength: 6 }), async (offsets) => {
        const { store, team, teamId } = await foreignTeam();
        // Counter ≥ 1, so a change at minMs is inside the header range and one at maxMs is outside.
        const changes = offsets.map((delta, index) => ({
          table: 'companies',
          id: `c${index}`,
          fields: { name: `会社${index}` },
          hlc: foreignHlc(wall + delta, index + 1, peer),
        }));
        // A fixed header range: it may lie about its changes.
        store.objects.set(
          foreignBatchKey(peer, 1),
          foreignBatch({
            team: teamId,
            device: peer,
            seq: 1,
            prev: null,
            changes,
            header: { hlcMin: foreignHlc(minMs, 0, peer), hlcMax: foreignHlc(maxMs, 0, peer) },
          }),
        );
        const a = await createTestDevice('devA', store, team, { wall });
        const report = await a.engine.sync();
        const times = offsets.map((delta) => wall + delta);
        const expected = times.some((ms) => ms > wall + day)
          ? 'quarantined'
          : times.some((ms) => ms < minMs || ms >= maxMs)
            ? 'corrupt'
            : null;
        expect(report.problems.map((problem) => problem.kind)).toEqual(expected === null ? [] : [expected]);
        expect(Object.keys(a.replica.view())).toHaveLength(expected === null ? offsets.length : 0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('an empty batch', () => {
  it('is valid as the format says: applied, it moves the cursor, and the next batch follows it', async () => {
    const { store, team, teamId } = await foreignTeam();
    const clock = foreignHlc(wall, 0, peer);
    const empty = foreignBatch({
      team: teamId,
      device: peer,
      seq: 1,
      prev: null,
      changes: [],
      header: { hlcMin: clock, hlcMax: clock },
    });
    store.objects.set(foreignBatchKey(peer, 1), empty);
    store.objects.set(
      foreignBatchKey(peer, 2),
      foreignBatch({
        team: teamId,
        device: peer,
        seq: 2,
        prev: fileHash(empty),
        changes: [{ table: 'companies', id: 'c1', fields: { name: '次の変更' }, hlc: foreignHlc(wall, 1, peer) }],
      }),
    );
    const a = await createTestDevice('devA', store, team, { wall });
    const report = await a.engine.sync();
    expect(report.problems).toEqual([]);
    expect(report.pulled).toBe(2);
    expect(a.replica.view()).toEqual({ 'companies/c1': { name: '次の変更' } });
  });
});
