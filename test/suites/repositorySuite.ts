import { ValidationError } from '#shared/domain/validationError';
import { applyRemoteChanges } from '../../renderer/src/db/applyRemote.ts';
import { HardDeleteRefused } from '../../renderer/src/db/captureMiddleware.ts';
import { openKakehashiDb, type DatabaseOptions, type KakehashiDb } from '../../renderer/src/db/database.ts';
import { acknowledgeOutbox, readOutbox } from '../../renderer/src/db/outbox.ts';
import { createRepositories, type Repositories } from '../../renderer/src/db/repositories.ts';
import { check } from './check.ts';

/** Where a suite case opens its databases: fake-indexeddb in Node, the page's IndexedDB in Chromium. */
export type SuiteEnvironment = Readonly<{ options: (name: string) => DatabaseOptions }>;

type Context = Readonly<{ db: KakehashiDb; repos: Repositories; reopen: () => Promise<KakehashiDb> }>;

/** One case of the repository suite. */
export type SuiteCase = Readonly<{ name: string; run: (context: Context) => Promise<void> }>;

const company = {
  name: 'サンプル食品株式会社',
  nameKana: 'さんぷるしょくひん',
  kind: 'foodMaker',
  municipality: '06203',
} as const;

const cases: SuiteCase[] = [
  {
    name: 'a valid company is stored with record fields and its region from the municipality',
    async run({ db, repos }) {
      const created = await repos.companies.create({ ...company, postalCode: '９９７－００５２' });
      const stored = await repos.companies.get(created.id);
      check.equal(stored?.region, 'shonai', 'region follows 鶴岡市');
      check.equal(stored?.postalCode, '997-0052', 'full-width postal code normalised');
      check.equal(stored?.createdBy, db.deviceId, 'createdBy is the device id');
      check.equal(stored?.deleted, false, 'not deleted');
    },
  },
  {
    name: 'an invalid company is refused with field-level messages and nothing is written',
    async run({ db, repos }) {
      const attempt = repos.companies.create({
        ...company,
        name: '',
        corporateNumber: '1234567890123',
        postalCode: '12',
      });
      let messages: Record<string, string> = {};
      await check.rejects(
        attempt,
        (error) => {
          if (!(error instanceof ValidationError)) return false;
          messages = error.byField('ja');
          return true;
        },
        'invalid company',
      );
      check.equal(Object.keys(messages).sort(), ['corporateNumber', 'name', 'postalCode'], 'each bad field is named');
      check.ok(messages['name']?.includes('企業名') === true, 'the message names the field');
      check.equal(await db.companies.count(), 0, 'no company written');
      check.equal(await db._outbox.count(), 0, 'no outbox row written');
    },
  },
  {
    name: 'a create writes every field to the outbox, an update only the changed fields with newer clocks',
    async run({ db, repos }) {
      const created = await repos.companies.create(company);
      const first = await readOutbox(db);
      check.equal(first.length, 1, 'one row for the create');
      const createChange = first[0]?.changes[0];
      check.equal(createChange?.fields['name'], company.name, 'create carries the name');
      const before = await db.companies.get(created.id);
      await repos.companies.update(created.id, { notes: '訪問予定あり' });
      const rows = await readOutbox(db);
      check.equal(rows.length, 2, 'a second row for the update');
      const fields = Object.keys(rows[1]?.changes[0]?.fields ?? {}).sort();
      check.equal(fields, ['notes', 'updatedAt'], 'only the changed fields');
      const after = await db.companies.get(created.id);
      check.ok((after?._hlc['notes'] ?? '') > (before?._hlc['notes'] ?? ''), 'the notes clock moved');
      check.equal(after?._hlc['name'], before?._hlc['name'], 'the name clock stayed');
    },
  },
  {
    name: 'deleting writes a tombstone that syncs and can be restored',
    async run({ db, repos }) {
      const created = await repos.companies.create(company);
      await repos.companies.remove(created.id);
      check.equal(await repos.companies.get(created.id), undefined, 'hidden from get');
      check.equal((await repos.companies.list()).length, 0, 'hidden from list');
      check.equal((await repos.companies.get(created.id, { includeDeleted: true }))?.deleted, true, 'still stored');
      const rows = await readOutbox(db);
      check.equal(rows.at(-1)?.changes[0]?.fields['deleted'], true, 'the tombstone is captured');
      await repos.companies.restore(created.id);
      check.equal((await repos.companies.get(created.id))?.name, company.name, 'restored');
    },
  },
  {
    name: 'a hard delete of user data is refused and changes nothing',
    async run({ db, repos }) {
      const created = await repos.companies.create(company);
      await check.rejects(
        db.companies.delete(created.id),
        (e) => e instanceof HardDeleteRefused || String(e).includes('tombstone'),
        'delete',
      );
      check.equal(await db.companies.count(), 1, 'the record remains');
    },
  },
  {
    name: 'writes in one transaction share one outbox row',
    async run({ db, repos }) {
      await db.transaction('rw', db.companies, db.seeds, async () => {
        await repos.companies.create(company);
        await repos.companies.create({ ...company, name: 'サンプル農業法人', kind: 'agriCorporation' });
        await repos.seeds.create({ title: 'サンプルシーズ', field: 'food', stage: 'basic' });
      });
      const rows = await readOutbox(db);
      check.equal(rows.length, 1, 'one row');
      check.equal(
        rows[0]?.changes.map((c) => c.table),
        ['companies', 'companies', 'seeds'],
        'all three changes',
      );
    },
  },
  {
    name: 'a failed transaction leaves neither the edit nor its outbox row',
    async run({ db, repos }) {
      const created = await repos.companies.create(company);
      const rowsBefore = await readOutbox(db);
      await check.rejects(
        db.transaction('rw', db.companies, async () => {
          await repos.companies.update(created.id, { notes: 'この変更は消える' });
          throw new Error('boom');
        }),
        (e) => String(e).includes('boom'),
        'transaction',
      );
      check.equal((await repos.companies.get(created.id))?.notes, '', 'edit rolled back');
      check.equal(await readOutbox(db), rowsBefore, 'outbox unchanged');
    },
  },
  {
    name: 'bulkCreate stores all or nothing',
    async run({ db, repos }) {
      await check.rejects(
        repos.companies.bulkCreate([company, { ...company, kind: 'nonsense' as 'ja' }]),
        (e) => e instanceof ValidationError,
        'bulk with one invalid',
      );
      check.equal(await db.companies.count(), 0, 'nothing written');
      const made = await repos.companies.bulkCreate([company, { ...company, name: 'サンプルJA' }]);
      check.equal(made.length, 2, 'both written');
      check.equal((await readOutbox(db)).length, 1, 'one outbox row');
    },
  },
  {
    name: 'remote changes are applied with their clocks and not captured; acknowledged rows disappear',
    async run({ db, repos }) {
      const created = await repos.companies.create(company);
      const rows = await readOutbox(db);
      check.equal(rows.length, 1, 'captured');
      await acknowledgeOutbox(db, rows[0]?.key ?? '');
      check.equal((await readOutbox(db)).length, 0, 'acknowledged');
      const remoteHlc = '0009999999999000-00000-REMOTE';
      await applyRemoteChanges(db, async (writer) => {
        const current = await writer.get('companies', created.id);
        if (current === undefined) throw new Error('not readable in the writer');
        const { _hlc: clocks, ...record } = current;
        writer.observe('0000000000000001-00000-REMOTE');
        await writer.put('companies', { ...record, notes: '別の端末から' }, { ...clocks, notes: remoteHlc });
      });
      check.equal((await repos.companies.get(created.id))?.notes, '別の端末から', 'applied');
      check.equal((await db.companies.get(created.id))?._hlc['notes'], remoteHlc, 'clock kept');
      check.equal((await readOutbox(db)).length, 0, 'not captured');
    },
  },
  {
    name: 'queries: 五十音 order, region, kind, visits by company and date, follow-ups by due date, needs by status',
    async run({ repos }) {
      const b = await repos.companies.create({
        name: 'サンプルB',
        nameKana: 'さんぷるび',
        kind: 'ja',
        municipality: '06202',
      });
      const a = await repos.companies.create({
        name: 'サンプルA',
        nameKana: 'あいうサンプル',
        kind: 'farmer',
        municipality: '06205',
      });
      check.equal(
        (await repos.companies.listByKana()).map((c) => c.id),
        [a.id, b.id],
        'kana order',
      );
      check.equal(
        (await repos.companies.listByRegion('okitama')).map((c) => c.id),
        [b.id],
        'by region',
      );
      check.equal(
        (await repos.companies.listByKind('farmer')).map((c) => c.id),
        [a.id],
        'by kind',
      );
      const v1 = await repos.visits.create({
        companyId: a.id,
        date: '2026-04-10',
        purpose: 'needsDiscovery',
        followUps: [{ text: '資料送付', due: '2026-04-20' }],
      });
      const v2 = await repos.visits.create({
        companyId: a.id,
        date: '2026-05-01',
        purpose: 'followUp',
        followUps: [{ text: '済み', due: '2026-04-15', done: true }],
      });
      await repos.visits.create({ companyId: b.id, date: '2026-04-12', purpose: 'other' });
      check.equal(
        (await repos.visits.listByCompany(a.id)).map((v) => v.id),
        [v2.id, v1.id],
        'newest first',
      );
      check.equal((await repos.visits.listByDateRange('2026-04-01', '2026-04-30')).length, 2, 'by date range');
      check.equal(
        (await repos.visits.listWithFollowUpsDueBy('2026-04-30')).map((v) => v.id),
        [v1.id],
        'open follow-ups due',
      );
      await repos.needs.create({ companyId: a.id, title: '規格外品の活用', field: 'food' });
      check.equal((await repos.needs.listByStatus('open')).length, 1, 'by status');
      check.equal((await repos.needs.listByStatus('closed')).length, 0, 'none closed');
    },
  },
  {
    name: 'the device id and the clock survive a reopen; new writes are later than old ones',
    async run({ db, repos, reopen }) {
      await repos.companies.create(company);
      const deviceId = db.deviceId;
      const last = db.clock.last();
      db.close();
      const again = await reopen();
      check.equal(again.deviceId, deviceId, 'same device');
      await createRepositories(again).companies.create({ ...company, name: 'サンプル２' });
      const rows = await readOutbox(again);
      check.ok((rows.at(-1)?.changes[0]?.hlc ?? '') > last, 'clock moved on');
      again.close();
    },
  },
];

/** The repository suite: each case gets a fresh database. Runs on fake-indexeddb and in Chromium. */
export function repositorySuite(environment: SuiteEnvironment): readonly { name: string; run: () => Promise<void> }[] {
  return cases.map((testCase, index) => ({
    name: testCase.name,
    run: async () => {
      const name = `repository-suite-${index}-${Math.random().toString(36).slice(2)}`;
      const db = await openKakehashiDb(environment.options(name));
      try {
        await testCase.run({
          db,
          repos: createRepositories(db),
          reopen: () => openKakehashiDb(environment.options(name)),
        });
      } finally {
        db.close();
        await db.delete();
      }
    },
  }));
}
