// The company import measured in the page: reading and checking a 10,000-row CSV, and writing it
// through the import (repositories, capture, one transaction) next to a raw Dexie bulkPut of the
// same records.
import { Dexie } from 'dexie';
import { guessMapping } from '#shared/import/importFields';
import { planImport } from '#shared/import/importPlan';
import { openKakehashiDb } from '../../renderer/src/db/database.ts';
import { createRepositories } from '../../renderer/src/db/repositories.ts';
import { schemaV2 } from '../../renderer/src/db/schema.ts';
import { applyImport } from '../../renderer/src/features/import/applyImport.ts';
import { readSpreadsheet } from '../../renderer/src/features/import/readSpreadsheet.ts';
import type { Figure } from './insertBenchmark.ts';

/** Parses, checks and writes a CSV; returns the figures. */
export async function importBenchmark(csv: string): Promise<Figure[]> {
  const tag = Math.random().toString(36).slice(2);
  const bytes = new TextEncoder().encode(csv);
  let started = performance.now();
  const outcome = await readSpreadsheet({ bytes, fileName: 'bench.csv' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const parsed = performance.now() - started;
  started = performance.now();
  const plan = planImport(outcome.value.table, guessMapping(outcome.value.table.headers));
  const planned = performance.now() - started;

  const db = await openKakehashiDb({ name: `bench-import-${tag}` });
  const repos = createRepositories(db);
  started = performance.now();
  const log = await applyImport(db, repos, plan, 'bench.csv');
  const written = performance.now() - started;
  const records = await db.companies.bulkGet([...log.created]);

  const raw = new Dexie(`bench-import-raw-${tag}`);
  raw.version(2).stores(schemaV2);
  await raw.open();
  started = performance.now();
  await raw.table('companies').bulkPut(records);
  const rawWritten = performance.now() - started;
  db.close();
  raw.close();
  await Promise.all([Dexie.delete(`bench-import-${tag}`), Dexie.delete(`bench-import-raw-${tag}`)]);
  return [
    { name: 'import.rows', value: plan.counts.rows, unit: 'rows' },
    { name: 'import.valid', value: plan.counts.valid, unit: 'rows' },
    { name: 'import.parse', value: parsed, unit: 'ms' },
    { name: 'import.validateAndPlan', value: planned, unit: 'ms' },
    { name: 'import.write', value: written, unit: 'ms' },
    { name: 'import.rawBulkPut', value: rawWritten, unit: 'ms' },
    { name: 'import.writeVsRaw', value: written / rawWritten, unit: '×' },
  ];
}
