import { Dexie } from 'dexie';
import type { CompanyInput } from '#shared/domain/company';
import type { VisitInput } from '#shared/domain/visit';
import { companyKinds, visitPurposes } from '#shared/master/vocabularies';
import { municipalities } from '#shared/master/municipalities';
import { openKakehashiDb } from '../../renderer/src/db/database.ts';
import { createRepositories } from '../../renderer/src/db/repositories.ts';
import { schemaV2 } from '../../renderer/src/db/schema.ts';

/** One measured figure. */
export type Figure = Readonly<{ name: string; value: number; unit: string }>;

function company(i: number): CompanyInput {
  const municipality = municipalities[i % municipalities.length]?.id ?? '06201';
  return {
    name: `ベンチ株式会社${i}`,
    nameKana: `べんちかぶしきがいしゃ${i}`,
    kind: companyKinds[i % companyKinds.length] ?? 'ja',
    municipality,
    postalCode: '990-0021',
    address: `山形県テスト町${i}番地`,
    phone: '023-630-2211',
    tags: ['ベンチ', `タグ${i % 17}`],
    notes: '測定用の架空データ。'.repeat(4),
    contacts: [{ name: `担当者${i}`, kana: 'たんとう', title: '部長', email: `user${i}@example.jp` }],
  };
}

function visit(i: number, companyId: string): VisitInput {
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    companyId,
    date: `2026-${month}-${day}`,
    purpose: visitPurposes[i % visitPurposes.length] ?? 'other',
    coordinator: 'ベンチ コーディネーター',
    summary: '測定用の訪問記録。ニーズと課題を伺った。'.repeat(3),
    followUps: i % 3 === 0 ? [{ text: '資料を送る', due: `2026-${month}-${day}` }] : [],
    state: 'final',
  };
}

const chunk = 1000;

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

/**
 * Inserts `companies` companies and `visitsPerCompany`× as many visits three ways, in transactions of
 * 1000 records: through the repositories (validation + capture), as already-valid records through the
 * capture middleware only, and as the same stored records with a plain Dexie bulkPut (no middleware).
 */
export async function insertBenchmark(companies = 10_000, visitsPerCompany = 10): Promise<Figure[]> {
  const tag = Math.random().toString(36).slice(2);
  const db = await openKakehashiDb({ name: `bench-repo-${tag}` });
  const repos = createRepositories(db);
  const companyInputs = Array.from({ length: companies }, (_, i) => company(i));
  const total = companies * (1 + visitsPerCompany);

  const companyIds: string[] = [];
  const repoSeconds = await timed(async () => {
    for (let i = 0; i < companyInputs.length; i += chunk) {
      const made = await repos.companies.bulkCreate(companyInputs.slice(i, i + chunk));
      companyIds.push(...made.map((c) => c.id));
    }
    const visitInputs = Array.from({ length: companies * visitsPerCompany }, (_, i) =>
      visit(i, companyIds[i % companies] ?? ''),
    );
    for (let i = 0; i < visitInputs.length; i += chunk) await repos.visits.bulkCreate(visitInputs.slice(i, i + chunk));
  });

  // The records exactly as the repositories stored them, without clocks: the input of the other two runs.
  const strip = <T extends { _hlc?: unknown }>({ _hlc, ...rest }: T) => rest;
  const storedCompanies = (await db.companies.toArray()).map(strip);
  const storedVisits = (await db.visits.toArray()).map(strip);
  const outboxRows = await db._outbox.count();
  db.close();
  await db.delete();

  const captureDb = await openKakehashiDb({ name: `bench-capture-${tag}` });
  const captureSeconds = await timed(async () => {
    for (let i = 0; i < storedCompanies.length; i += chunk)
      await captureDb.companies.bulkAdd(storedCompanies.slice(i, i + chunk) as never);
    for (let i = 0; i < storedVisits.length; i += chunk)
      await captureDb.visits.bulkAdd(storedVisits.slice(i, i + chunk) as never);
  });
  captureDb.close();
  await captureDb.delete();

  const raw = new Dexie(`bench-raw-${tag}`);
  raw.version(2).stores(schemaV2);
  await raw.open();
  const rawSeconds = await timed(async () => {
    for (let i = 0; i < storedCompanies.length; i += chunk)
      await raw.table('companies').bulkPut(storedCompanies.slice(i, i + chunk));
    for (let i = 0; i < storedVisits.length; i += chunk)
      await raw.table('visits').bulkPut(storedVisits.slice(i, i + chunk));
  });
  raw.close();
  await raw.delete();

  return [
    { name: 'data.insert.records', value: total, unit: 'records' },
    { name: 'data.insert.outbox-rows (one per transaction of 1000)', value: outboxRows, unit: 'rows' },
    {
      name: 'data.insert.repositories (validate + capture + per-field clocks)',
      value: total / repoSeconds,
      unit: 'records/s',
    },
    {
      name: 'data.insert.capture-only (middleware, pre-validated records)',
      value: total / captureSeconds,
      unit: 'records/s',
    },
    { name: 'data.insert.raw-bulkPut (same records, no middleware)', value: total / rawSeconds, unit: 'records/s' },
    { name: 'data.insert.ratio repositories/raw', value: repoSeconds / rawSeconds, unit: '×' },
    { name: 'data.insert.ratio capture-only/raw', value: captureSeconds / rawSeconds, unit: '×' },
  ];
}
