// The import's write and undo on fake-indexeddb: one transaction through the repositories (one
// outbox row), all or nothing, and an undo that restores updated fields but keeps later edits.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '#shared/import/importFields';
import { planImport } from '#shared/import/importPlan';
import type { SheetTable } from '#shared/import/importRow';
import { openKakehashiDb } from '../../../renderer/src/db/database.ts';
import { readOutbox } from '../../../renderer/src/db/outbox.ts';
import { createRepositories } from '../../../renderer/src/db/repositories.ts';
import { applyImport, listImports, undoImport } from '../../../renderer/src/features/import/applyImport.ts';

const indexedDB = new IDBFactory();
let counter = 0;
async function open() {
  const db = await openKakehashiDb({ name: `import-${counter++}`, indexedDB, IDBKeyRange });
  return { db, repos: createRepositories(db) };
}

const headers = ['企業名', '電話', '住所', '業種', 'ニーズ', 'ニーズ分野'];
const table = (...rows: string[][]): SheetTable => ({ headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

describe('applying an import', () => {
  it('writes new and updated companies and their needs in one captured transaction, and undo takes it back', async () => {
    const { db, repos } = await open();
    const existing = await repos.companies.create({
      name: '出羽食品',
      kind: 'foodMaker',
      municipality: '06203',
      phone: '0235-11-1111',
    });
    const before = (await readOutbox(db)).length;
    const plan = planImport(
      table(
        ['出羽食品株式会社', '0235-22-0000', '山形県鶴岡市馬場町', '食品', '', ''],
        ['新庄そば', '', '山形県新庄市', '食品', '乾麺の保存性', '食品'],
      ),
      guessMapping(headers),
      { existing: await repos.companies.list(), decisions: { 2: 'update' } },
    );
    const log = await applyImport(db, repos, plan, 'a.csv');
    expect(log.created).toHaveLength(1);
    expect(log.createdNeeds).toHaveLength(1);
    expect((await readOutbox(db)).length).toBe(before + 1);
    expect(await repos.companies.get(existing.id)).toMatchObject({ name: '出羽食品株式会社', phone: '0235-22-0000' });
    const created = await repos.companies.get(log.created[0] ?? '');
    expect(created).toMatchObject({ name: '新庄そば', municipality: '06205', region: 'mogami' });
    expect((await repos.needs.list())[0]).toMatchObject({
      title: '乾麺の保存性',
      field: 'food',
      companyId: created?.id,
    });

    // An edit after the import is kept by the undo; the rest goes back.
    await repos.companies.update(existing.id, { phone: '0235-33-3333' });
    expect(await undoImport(db, repos, log.id)).toEqual({ removed: 1, restored: 1, kept: 1 });
    expect(await repos.companies.get(existing.id)).toMatchObject({
      name: '出羽食品',
      phone: '0235-33-3333',
      address: '',
    });
    expect(await repos.companies.get(log.created[0] ?? '')).toBeUndefined();
    expect(await repos.needs.list()).toEqual([]);
    expect((await listImports(db))[0]?.undoneAt).not.toBeNull();
    // A second undo does nothing.
    expect(await undoImport(db, repos, log.id)).toEqual({ removed: 0, restored: 0, kept: 0 });
  });

  it('writes nothing when any record fails at write time', async () => {
    const { db, repos } = await open();
    const plan = planImport(
      table(['出羽食品', '', '', '食品', '', ''], ['米沢商事', '', '', '食品', '', '']),
      guessMapping(headers),
    );
    // A plan whose second row went bad after it was checked (the write validates again).
    const broken = {
      ...plan,
      rows: plan.rows.map((row, i) => (i === 1 ? { ...row, company: { ...row.company, name: '' } } : row)),
    };
    const outbox = (await readOutbox(db)).length;
    await expect(applyImport(db, repos, broken, 'b.csv')).rejects.toThrow();
    expect(await repos.companies.list()).toEqual([]);
    expect(await listImports(db)).toEqual([]);
    expect((await readOutbox(db)).length).toBe(outbox);
  });
});
