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

type Timer = { seconds: number };

async function timed<T>(timer: Timer, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  timer.seconds += (performance.now() - started) / 1000;
  return result;
}

/**
 * Inserts `companies` companies and `visitsPerCompany`× as many visits three ways, in transactions of
 * 1000 records: through the repositories (validation + capture + field clocks), as the same valid
 * records through the capture middleware only, and as the same records with a plain Dexie bulkPut
 * (no middleware). The three take turns chunk by chunk, in rotating order, so a busy machine slows
 * them alike and the ratios stay meaningful.
 */
export async function insertBenchmark(companies = 10_000, visitsPerCompany = 10): Promise<Figure[]> {
  const tag = Math.random().toString(36).slice(2);
  const repoDb = await openKakehashiDb({ name: `bench-repo-${tag}` });
  const captureDb = await openKakehashiDb({ name: `bench-capture-${tag}` });
  const rawDb = new Dexie(`bench-raw-${tag}`);
  rawDb.version(2).stores(schemaV2);
  await rawDb.open();
  const repos = createRepositories(repoDb);
  const timers = { repo: { seconds: 0 }, capture: { seconds: 0 }, raw: { seconds: 0 } };
  let round = 0;

  const insert = async <I, R>(
    table: 'companies' | 'visits',
    inputs: readonly I[],
    create: (batch: readonly I[]) => Promise<R[]>,
  ) => {
    const made: R[] = [];
    for (let i = 0; i < inputs.length; i += chunk) {
      const batch = inputs.slice(i, i + chunk);
      // The repository run goes first: its records (ids included) are what the other two write.
      const records = await timed(timers.repo, () => create(batch));
      made.push(...records);
      const others = [
        () => timed(timers.capture, () => captureDb.table(table).bulkAdd(records)),
        () => timed(timers.raw, () => rawDb.table(table).bulkPut(records)),
      ];
      if (round % 2 === 1) others.reverse();
      round += 1;
      for (const other of others) await other();
    }
    return made;
  };

  const companyInputs = Array.from({ length: companies }, (_, i) => company(i));
  const made = await insert('companies', companyInputs, (batch) => repos.companies.bulkCreate(batch));
  const visitInputs = Array.from({ length: companies * visitsPerCompany }, (_, i) =>
    visit(i, made[i % companies]?.id ?? ''),
  );
  await insert('visits', visitInputs, (batch) => repos.visits.bulkCreate(batch));

  const total = companies * (1 + visitsPerCompany);
  const outboxRows = await repoDb._outbox.count();
  for (const db of [repoDb, captureDb, rawDb]) {
    db.close();
    await db.delete();
  }
  const { repo, capture, raw } = timers;
  return [
    { name: 'data.insert.records', value: total, unit: 'records' },
    { name: 'data.insert.outbox-rows (one per transaction of 1000)', value: outboxRows, unit: 'rows' },
    {
      name: 'data.insert.repositories (validate + capture + per-field clocks)',
      value: total / repo.seconds,
      unit: 'records/s',
    },
    {
      name: 'data.insert.capture-only (middleware on valid records)',
      value: total / capture.seconds,
      unit: 'records/s',
    },
    { name: 'data.insert.raw-bulkPut (same records, no middleware)', value: total / raw.seconds, unit: 'records/s' },
    { name: 'data.insert.ratio repositories/raw', value: repo.seconds / raw.seconds, unit: '×' },
    { name: 'data.insert.ratio capture-only/raw', value: capture.seconds / raw.seconds, unit: '×' },
  ];
}
