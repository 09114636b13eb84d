import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyWrites } from '../../../renderer/src/db/applyWrites.ts';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { readOutbox } from '../../../renderer/src/db/outbox.ts';
import {
  invertWrites,
  mergeContacts,
  planDeleteCompany,
  planMerge,
  type RecordWrite,
} from '../../../renderer/src/db/recordWrites.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { listTrash, trashDays } from '../../../renderer/src/db/trash.ts';

const indexedDB = new IDBFactory();
let count = 0;

async function fixture() {
  count += 1;
  const db = await openKakehashiDb({ name: `writes-${count}`, indexedDB, IDBKeyRange });
  const repos = createRepositories(db);
  const company = await repos.companies.create({
    name: 'サンプル醸造',
    kind: 'foodMaker',
    municipality: '06204',
    contacts: [{ name: '山田 太郎' }],
  });
  const other = await repos.companies.create({
    name: 'サンプル醸造株式会社',
    kind: 'foodMaker',
    municipality: '06204',
    phone: '023-000-0000',
    contacts: [{ name: '山田太郎' }, { name: '佐藤 花子' }],
  });
  const visit = await repos.visits.create({ companyId: other.id, date: '2026-05-01', purpose: 'needsDiscovery' });
  const need = await repos.needs.create({ companyId: other.id, title: '褐変を抑えたい', field: 'food' });
  const seed = await repos.seeds.create({ title: '褐変抑制技術', field: 'food', stage: 'basic' });
  const match = await repos.matches.create({ needId: need.id, seedId: seed.id });
  return { db, repos, company, other, visit, need, seed, match };
}

describe('invertWrites', () => {
  it('swaps before and after and reverses the order', () => {
    const writes: RecordWrite[] = [
      { table: 'companies', id: 'a', before: { deleted: false }, after: { deleted: true } },
      { table: 'visits', id: 'b', before: { companyId: 'x' }, after: { companyId: 'y' } },
    ];
    expect(invertWrites(writes)).toEqual([
      { table: 'visits', id: 'b', before: { companyId: 'y' }, after: { companyId: 'x' } },
      { table: 'companies', id: 'a', before: { deleted: true }, after: { deleted: false } },
    ]);
  });
});

describe('mergeContacts', () => {
  it('keeps the kept contacts and adds only people it does not have', () => {
    const merged = mergeContacts(
      [{ name: '山田 太郎', kana: '', title: '', phone: '', email: '' }],
      [
        { name: '山田太郎', kana: '', title: '', phone: '', email: '' },
        { name: '佐藤 花子', kana: '', title: '', phone: '', email: '' },
      ],
    );
    expect(merged.map((contact) => contact.name)).toEqual(['山田 太郎', '佐藤 花子']);
  });
});

describe('deleting a company', () => {
  it('tombstones its visits, needs and matches with it, in one captured transaction, and undo brings them back', async () => {
    const { db, repos, other, visit, need, match } = await fixture();
    const before = (await readOutbox(db)).length;
    const writes = planDeleteCompany(
      other,
      { visits: [visit], needs: [need], matches: [match] },
      { keepDependents: false },
    );
    await applyWrites(db, writes);
    expect(await repos.companies.get(other.id)).toBeUndefined();
    expect(await repos.visits.get(visit.id)).toBeUndefined();
    expect(await repos.needs.get(need.id)).toBeUndefined();
    expect(await repos.matches.get(match.id)).toBeUndefined();
    const outbox = await readOutbox(db);
    expect(outbox).toHaveLength(before + 1);
    expect(outbox.at(-1)?.changes.map((change) => change.fields)).toEqual([
      { deleted: true, updatedAt: expect.any(String) as string },
      { deleted: true, updatedAt: expect.any(String) as string },
      { deleted: true, updatedAt: expect.any(String) as string },
      { deleted: true, updatedAt: expect.any(String) as string },
    ]);

    await applyWrites(db, invertWrites(writes));
    expect((await repos.companies.get(other.id))?.name).toBe('サンプル醸造株式会社');
    expect(await repos.visits.get(visit.id)).toBeDefined();
    expect(await repos.matches.get(match.id)).toBeDefined();
    expect(await readOutbox(db)).toHaveLength(before + 2);
  });

  it('keeps its visits and needs when asked', async () => {
    const { db, repos, other, visit, need, match } = await fixture();
    await applyWrites(
      db,
      planDeleteCompany(other, { visits: [visit], needs: [need], matches: [match] }, { keepDependents: true }),
    );
    expect(await repos.companies.get(other.id)).toBeUndefined();
    expect(await repos.visits.get(visit.id)).toBeDefined();
    expect(await repos.needs.get(need.id)).toBeDefined();
  });
});

describe('merging two companies', () => {
  it('moves visits and needs, joins contacts, fills empty fields, tombstones the other; undo restores all', async () => {
    const { db, repos, company, other, visit, need } = await fixture();
    const writes = planMerge(company, other, { visits: [visit], needs: [need], projects: [], events: [] });
    const before = (await readOutbox(db)).length;
    await applyWrites(db, writes);
    // One outbox row carries the whole merge, so it syncs as one.
    const outbox = await readOutbox(db);
    expect(outbox).toHaveLength(before + 1);
    expect(outbox.at(-1)?.changes.map((change) => [change.table, change.id])).toEqual([
      ['visits', visit.id],
      ['needs', need.id],
      ['companies', company.id],
      ['companies', other.id],
    ]);
    expect((await repos.visits.listByCompany(company.id)).map((v) => v.id)).toEqual([visit.id]);
    expect((await repos.needs.get(need.id))?.companyId).toBe(company.id);
    const kept = await repos.companies.get(company.id);
    expect(kept?.contacts.map((contact) => contact.name)).toEqual(['山田 太郎', '佐藤 花子']);
    expect(kept?.phone).toBe('023-000-0000');
    expect(await repos.companies.get(other.id)).toBeUndefined();

    await applyWrites(db, invertWrites(writes));
    expect((await repos.visits.get(visit.id))?.companyId).toBe(other.id);
    expect((await repos.companies.get(company.id))?.contacts).toHaveLength(1);
    expect((await repos.companies.get(company.id))?.phone).toBe('');
    expect(await repos.companies.get(other.id)).toBeDefined();
  });
});

describe('the trash', () => {
  it('lists deletes of the last 30 days, newest first, and not older ones', async () => {
    const { db, repos, company, other } = await fixture();
    await repos.companies.remove(company.id);
    await repos.companies.remove(other.id);
    const now = Date.now();
    expect((await listTrash(db, now)).map((entry) => entry.record['id'])).toEqual([other.id, company.id]);
    expect(await listTrash(db, now + (trashDays + 1) * 24 * 60 * 60 * 1000)).toEqual([]);
  });
});

describe('planMerge references', () => {
  it('renames the other company in projects and events, without doubling an id', async () => {
    const { company, other } = await fixture();
    const writes = planMerge(company, other, {
      visits: [],
      needs: [],
      projects: [{ id: 'p1', companyIds: [other.id, company.id] }],
      events: [
        {
          id: 'e1',
          invitedCompanyIds: [other.id],
          attendance: [{ companyId: other.id }],
          consultations: [{ companyId: 'someone-else' }],
        },
        { id: 'e2', invitedCompanyIds: ['someone-else'], attendance: [], consultations: [] },
      ],
    });
    expect(writes.filter((write) => write.table === 'projects' || write.table === 'events')).toEqual([
      {
        table: 'projects',
        id: 'p1',
        before: { companyIds: [other.id, company.id] },
        after: { companyIds: [company.id] },
      },
      {
        table: 'events',
        id: 'e1',
        before: {
          invitedCompanyIds: [other.id],
          attendance: [{ companyId: other.id }],
          consultations: [{ companyId: 'someone-else' }],
        },
        after: {
          invitedCompanyIds: [company.id],
          attendance: [{ companyId: company.id }],
          consultations: [{ companyId: 'someone-else' }],
        },
      },
    ]);
  });
});
