import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryAttachments } from '#shared/sync/attachments';
import { createSyncEngine } from '#shared/sync/engine';
import { createMemoryStore, type MemoryStore } from '#shared/sync/memoryStore';
import { joinTeam, type OpenTeam } from '#shared/sync/team';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { countOutbox } from '../../../renderer/src/db/outbox.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { createDexieReplica } from '../../../renderer/src/features/sync/dexieReplica.ts';
import { createFolderStore } from '../../../main/src/services/sync/folderStore.ts';
import { removeTempFolders, tempFolder } from './support/devices.ts';
import {
  fileHash,
  foreignBatch,
  foreignBatchKey,
  foreignHlc,
  foreignTeamFile,
  type ForeignChange,
} from './support/foreignBatch.ts';

afterAll(removeTempFolders);

const indexedDB = new IDBFactory();
let dbCount = 0;
const peer = 'PEER01';
const teamId = 'team-held';
const companyId = '01JD7Q4W8Y0000000000000001';
const start = Date.now() - 3600_000;
const at = new Date(start).toISOString();

/** A device of this version on the target (its own Dexie database and journal). */
async function device(target: MemoryStore, team: OpenTeam, appVersion = '0.1.0', snapshotAfterBatches = 0) {
  const db = await openKakehashiDb({ name: `held-${++dbCount}`, indexedDB, IDBKeyRange });
  const journal = createFolderStore({ root: await tempFolder('journal-held'), createRoot: true });
  const engine = (version: string) =>
    createSyncEngine({
      target,
      journal,
      replica: createDexieReplica(db),
      attachments: createMemoryAttachments(),
      team,
      device: db.deviceId,
      deviceName: 'PC',
      appVersion: version,
      now: () => Date.now(),
      snapshotAfterBatches,
    });
  return { db, repos: createRepositories(db), engine: engine(appVersion), upgraded: engine };
}

/** A foreign peer's log on a plain team, written batch by batch by hand. */
async function peerLog() {
  const target = createMemoryStore();
  target.objects.set('team.json', foreignTeamFile(teamId));
  const team = await joinTeam(target, null);
  let seq = 0;
  let prev: string | null = null;
  const write = (changes: ForeignChange[], appVersion = '0.1.0') => {
    seq += 1;
    const bytes = foreignBatch({ team: teamId, device: peer, seq, prev, changes, appVersion });
    target.objects.set(foreignBatchKey(peer, seq), bytes);
    prev = fileHash(bytes);
  };
  return { target, team, write };
}

/** A whole company as the peer creates it (fields as docs/sync-format.md §4 points to: the schema). */
const newCompany = (hlc: string): ForeignChange => ({
  table: 'companies',
  id: companyId,
  fields: {
    name: '庄内みらい食品',
    nameKana: 'しょうないみらいしょくひん',
    kind: 'foodMaker',
    createdAt: at,
    updatedAt: at,
    createdBy: peer,
    deleted: false,
  },
  hlc,
});

const t = (step: number) => foreignHlc(start + step * 1000, 0, peer);

describe('a value this version refuses', () => {
  it('is held aside: the rest applies, a later valid value wins, and the problem names the company', async () => {
    const { target, team, write } = await peerLog();
    write([newCompany(t(1))]);
    // A bogus choice and an emptied required text, together with a valid note.
    write([
      {
        table: 'companies',
        id: companyId,
        fields: { kind: 'spaceship', name: '', notes: '試作品を評価中' },
        hlc: t(2),
      },
    ]);
    const a = await device(target, team);
    const first = await a.engine.sync();
    expect(await a.repos.companies.get(companyId)).toMatchObject({
      name: '庄内みらい食品',
      kind: 'foodMaker',
      notes: '試作品を評価中',
    });
    expect(first.problems).toEqual([
      expect.objectContaining({
        kind: 'refused',
        device: peer,
        seq: 2,
        subject: '庄内みらい食品',
        fields: ['kind', 'name'],
      }),
    ]);

    // Later valid edits of the same record arrive: another field, and the same field with a valid value.
    write([{ table: 'companies', id: companyId, fields: { kind: 'farmer', notes: '工場見学済み' }, hlc: t(3) }]);
    const second = await a.engine.sync();
    expect(await a.repos.companies.get(companyId)).toMatchObject({
      name: '庄内みらい食品',
      kind: 'farmer',
      notes: '工場見学済み',
    });
    // Only the emptied name is still shown: the later valid kind superseded the refused one.
    expect(second.problems).toEqual([expect.objectContaining({ kind: 'refused', fields: ['name'] })]);

    // This device's own later edit of the record goes out and wins everywhere.
    await a.repos.companies.update(companyId, { notes: 'Aの追記' });
    await a.engine.sync();
    expect(await countOutbox(a.db)).toBe(0);
    const b = await device(target, team);
    await b.engine.sync();
    expect(await b.repos.companies.get(companyId)).toMatchObject({ kind: 'farmer', notes: 'Aの追記' });
  });

  it('refuses a change that breaks a rule over several fields, and later edits of the record still apply', async () => {
    const { target, team, write } = await peerLog();
    const visitId = '01JD7Q4W8Y0000000000000002';
    write([
      newCompany(t(1)),
      {
        table: 'visits',
        id: visitId,
        fields: { companyId, date: '2026-11-20', createdAt: at, updatedAt: at, createdBy: peer, deleted: false },
        hlc: t(1),
      },
    ]);
    const a = await device(target, team);
    await a.engine.sync();
    // Each time is valid alone; together they end before they start.
    write([{ table: 'visits', id: visitId, fields: { startTime: '15:00', endTime: '14:00' }, hlc: t(2) }]);
    write([{ table: 'visits', id: visitId, fields: { summary: '褐変対策の試作を相談' }, hlc: t(3) }]);
    const report = await a.engine.sync();
    expect(await a.repos.visits.get(visitId)).toMatchObject({
      startTime: '',
      endTime: '',
      summary: '褐変対策の試作を相談',
    });
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'refused', seq: 2, fields: ['endTime', 'startTime'] }),
    ]);
  });
  it('thaws a record an older version froze (its invalid value kept as incomplete)', async () => {
    const { target, team, write } = await peerLog();
    write([newCompany(t(1))]);
    const a = await device(target, team);
    await a.engine.sync();
    // What the older version left: the merged state with the bogus value, kept as "incomplete".
    const stored = (await a.db.companies.get(companyId))!;
    const { id: _id, _hlc: clocks, ...fields } = stored;
    const spelled = Object.fromEntries(Object.keys(fields).map((field) => [field, clocks['*'] ?? t(1)]));
    await a.db._meta.put({
      key: `syncPartial:companies:${companyId}`,
      value: { fields: { ...fields, kind: 'spaceship' }, clocks: { ...spelled, kind: t(2) } },
    });
    write([{ table: 'companies', id: companyId, fields: { notes: '凍結が解けた' }, hlc: t(3) }]);
    const report = await a.engine.sync();
    expect(await a.repos.companies.get(companyId)).toMatchObject({ kind: 'foodMaker', notes: '凍結が解けた' });
    expect(await a.db._meta.get(`syncPartial:companies:${companyId}`)).toBeUndefined();
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'refused', fields: ['kind'] })]);
  });
});

describe('a newer version’s changes', () => {
  it('are kept, shown as from a newer version, and applied after the upgrade', async () => {
    const { target, team, write } = await peerLog();
    write([newCompany(t(1))]);
    // A table this version does not know, and a field it does not know, from a device on 0.9.0.
    write(
      [
        { table: 'contracts', id: 'K1', fields: { companyId, amountYen: 1_200_000 }, hlc: t(2) },
        { table: 'companies', id: companyId, fields: { kind: 'spaceship', notes: '新しい版から' }, hlc: t(2) },
      ],
      '0.9.0',
    );
    const a = await device(target, team);
    const report = await a.engine.sync();
    expect((await a.db._cursors.get(peer))?.['seq']).toBe(2);
    expect(await a.repos.companies.get(companyId)).toMatchObject({ kind: 'foodMaker', notes: '新しい版から' });
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'newerVersion', device: peer, subject: 'contracts' }),
        expect.objectContaining({ kind: 'newerVersion', subject: '庄内みらい食品', fields: ['kind'] }),
      ]),
    );
    expect(report.problems).toHaveLength(2);

    // The upgrade: what an older version had to keep (here a value this version knows, as the older
    // one left it in _meta) applies on the first sync of the new version.
    const heldRows = await a.db._meta.where('key').startsWith('syncHeld:').toArray();
    expect(heldRows.length).toBe(2);
    const companyRow = heldRows.find((row) => row.key.includes(companyId))!;
    const held = companyRow.value as { fields: Record<string, { value: unknown }> };
    await a.db._meta.put({
      key: companyRow.key,
      value: { ...held, fields: { kind: { ...held.fields['kind'], value: 'farmer' } } },
    });
    const same = await a.engine.sync();
    expect((await a.repos.companies.get(companyId))?.kind).toBe('foodMaker');
    expect(same.problems).toHaveLength(2);
    const upgraded = await a.upgraded('0.9.0').sync();
    expect((await a.repos.companies.get(companyId))?.kind).toBe('farmer');
    expect(upgraded.problems).toEqual([expect.objectContaining({ kind: 'newerVersion', subject: 'contracts' })]);
  });

  it('travel in a snapshot: a device that starts from it keeps them too', async () => {
    const { target, team, write } = await peerLog();
    write([newCompany(t(1))]);
    write([{ table: 'contracts', id: 'K1', fields: { companyId, amountYen: 800_000 }, hlc: t(2) }], '0.9.0');
    const a = await device(target, team, '0.1.0', 1);
    expect((await a.engine.sync()).snapshot).toMatch(/^snapshots\//);
    const c = await device(target, team);
    const report = await c.engine.sync();
    expect(report.pulled).toBe(0);
    expect(await c.repos.companies.get(companyId)).toMatchObject({ name: '庄内みらい食品' });
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'newerVersion', subject: 'contracts' })]);
    const kept = await c.db._meta.where('key').startsWith('syncHeld:').toArray();
    const values = kept.map(
      (row) => row.value as { table: string; id: string; fields: Record<string, { value: unknown }> },
    );
    expect(values.map(({ table, id, fields }) => [table, id, fields['amountYen']?.value])).toEqual([
      ['contracts', 'K1', 800_000],
    ]);
  });
});
