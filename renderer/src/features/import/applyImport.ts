// Writing an import: every row to create or update, their needs and the import's own log go in one
// transaction through the repositories (so the change capture puts them in `_outbox` with them and
// they sync), or nothing does. The log, a `_meta` row per import, is what undo works from.
import type { Company } from '#shared/domain/company';
import type { NeedInput } from '#shared/domain/need';
import type { ImportPlan } from '#shared/import/importPlan';
import type { KakehashiDb } from '../../db/database.ts';
import type { Repositories } from '../../db/repositories.ts';

/** The `_meta` key prefix of import logs. */
export const importLogPrefix = 'import:';

/** What one import did: companies and needs it created, fields it changed (with their values before and after). */
export type ImportLog = Readonly<{
  id: string;
  at: string;
  file: string;
  created: readonly string[];
  createdNeeds: readonly string[];
  updated: readonly Readonly<{ id: string; before: Record<string, unknown>; after: Record<string, unknown> }>[];
  undoneAt: string | null;
}>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Writes the rows a plan creates and updates, all or nothing; returns the import's log. */
export async function applyImport(
  db: KakehashiDb,
  repos: Repositories,
  plan: ImportPlan,
  file: string,
): Promise<ImportLog> {
  const creates = plan.rows.filter((row) => row.action === 'new');
  const updates = plan.rows.filter((row) => row.action === 'update' && row.existing !== null);
  return db.transaction('rw', [db.companies, db.needs, db._meta], async () => {
    const created = await repos.companies.bulkCreate(creates.map((row) => row.company));
    const current = await repos.companies.table.bulkGet(updates.map((row) => row.existing?.id ?? ''));
    const logged: { id: string; before: Record<string, unknown>; after: Record<string, unknown> }[] = [];
    const patches = updates.flatMap((row, index) => {
      const stored = current[index];
      if (stored === undefined || row.changes.length === 0) return [];
      const after = Object.fromEntries(row.changes.map((change) => [change.field, change.after]));
      const fields = [...Object.keys(after), ...('municipality' in after ? ['region'] : [])];
      const before = Object.fromEntries(fields.map((field) => [field, (stored as Record<string, unknown>)[field]]));
      logged.push({ id: stored.id, before, after });
      return [{ id: stored.id, patch: after }];
    });
    const updated = await repos.companies.bulkUpdate(patches);
    for (const [index, record] of updated.entries()) {
      const entry = logged[index];
      if (entry !== undefined)
        entry.after = { ...entry.after, ...('region' in entry.before ? { region: record.region } : {}) };
    }
    const needs: NeedInput[] = [];
    creates.forEach((row, index) => {
      const company = created[index];
      if (row.need !== null && company !== undefined) needs.push({ ...row.need, companyId: company.id });
    });
    for (const row of updates) {
      if (row.need !== null && row.existing !== null) needs.push({ ...row.need, companyId: row.existing.id });
    }
    const createdNeeds = await repos.needs.bulkCreate(needs);
    const log: ImportLog = {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      at: new Date().toISOString(),
      file,
      created: created.map((company) => company.id),
      createdNeeds: createdNeeds.map((need) => need.id),
      updated: logged,
      undoneAt: null,
    };
    await db._meta.put({ key: `${importLogPrefix}${log.id}`, value: log });
    return log;
  });
}

/** Past imports, newest first. */
export async function listImports(db: KakehashiDb): Promise<ImportLog[]> {
  const rows = await db._meta.where('key').startsWith(importLogPrefix).toArray();
  return rows.map((row) => row.value as ImportLog).sort((a, b) => b.at.localeCompare(a.at));
}

/** What undoing an import did. */
export type UndoOutcome = Readonly<{ removed: number; restored: number; kept: number }>;

/**
 * Undoes an import in one transaction: its companies and needs get tombstones, and every field it
 * changed gets its value back — unless the field was edited since, which is kept (and counted).
 */
export async function undoImport(db: KakehashiDb, repos: Repositories, id: string): Promise<UndoOutcome> {
  return db.transaction('rw', [db.companies, db.needs, db._meta], async () => {
    const row = await db._meta.get(`${importLogPrefix}${id}`);
    const log = row?.value as ImportLog | undefined;
    if (log === undefined || log.undoneAt !== null) return { removed: 0, restored: 0, kept: 0 };
    const removed = await repos.companies.bulkRemove(log.created);
    await repos.needs.bulkRemove(log.createdNeeds);
    const current = await repos.companies.table.bulkGet(log.updated.map((entry) => entry.id));
    let kept = 0;
    const patches = log.updated.flatMap((entry, index) => {
      const stored = current[index] as Company | undefined;
      if (stored === undefined) return [];
      const patch: Record<string, unknown> = {};
      for (const [field, before] of Object.entries(entry.before)) {
        if (sameJson((stored as unknown as Record<string, unknown>)[field], entry.after[field])) patch[field] = before;
        else kept += 1;
      }
      return Object.keys(patch).length === 0 ? [] : [{ id: entry.id, patch: patch }];
    });
    await repos.companies.bulkUpdate(patches);
    await db._meta.put({ key: `${importLogPrefix}${id}`, value: { ...log, undoneAt: new Date().toISOString() } });
    return { removed, restored: patches.length, kept };
  });
}
