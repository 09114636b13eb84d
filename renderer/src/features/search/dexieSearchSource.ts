import { Dexie, type IntervalTree, type ObservabilitySet, type Table } from 'dexie';
import type { Company } from '#shared/domain/company';
import type { Need } from '#shared/domain/need';
import type { Seed } from '#shared/domain/seed';
import type { Visit } from '#shared/domain/visit';
import type { KakehashiDb } from '../../db/database.ts';
import type { SearchDocument } from './searchDocument.ts';
import type { ScanScope, SearchChange, SearchSource, VisitRange } from './searchSource.ts';
import { companyDocuments, contactDocumentId, needDocument, seedDocument, visitDocument } from './recordDocuments.ts';

// Keeping the index in step with the database: Dexie announces every committed write, from this
// page, another window or a worker, as `storagemutated` with the primary keys it touched (over a
// BroadcastChannel, so this worker hears writes made by the page). That covers local edits and
// sync alike at the cost of re-reading the touched records. The outbox would miss remote changes
// (they are not captured) and liveQuery would re-run whole queries. A write of 50 or more records
// is announced as "the whole table": the table is then read again, and unchanged documents are
// skipped by the index.

type IndexedTable = 'companies' | 'visits' | 'needs' | 'seeds';
const indexedTables: readonly IndexedTable[] = ['companies', 'visits', 'needs', 'seeds'];
const scanOrder: readonly IndexedTable[] = ['companies', 'seeds', 'needs', 'visits'];

type Row = Readonly<{ id: string; deleted: boolean }>;
type KeyRange = Readonly<{ from: unknown; to: unknown }>;

/** Primary keys and ranges of keys a mutation touched, read from Dexie's interval tree. */
function touched(tree: IntervalTree | undefined): { keys: string[]; ranges: KeyRange[] } {
  const keys: string[] = [];
  const ranges: KeyRange[] = [];
  const walk = (node: IntervalTree | null | undefined): void => {
    if (node === null || node === undefined || !('from' in node)) return;
    if (typeof node.from === 'string' && node.from === node.to) keys.push(node.from);
    else ranges.push({ from: node.from, to: node.to });
    walk(node.l);
    walk(node.r);
  };
  walk(tree);
  return { keys, ranges };
}

/**
 * Reads a table in primary-key order, one page at a time (never the whole table in memory). The
 * next page is asked for before this one is handed out, so the database reads it while the
 * caller indexes.
 */
async function* pages<T extends Row>(
  table: Table<T, string>,
  size: number,
  range?: KeyRange,
  upperOpen = false,
): AsyncGenerator<T[]> {
  const upper: unknown = range?.to ?? Dexie.maxKey;
  const read = (after: string | null): Promise<T[]> =>
    table
      .where(':id')
      .between(after ?? range?.from ?? Dexie.minKey, upper, after === null, !upperOpen)
      .limit(size)
      .toArray();
  let next = read(null);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const last = rows.length < size ? undefined : rows[rows.length - 1]?.id;
    if (last !== undefined) next = read(last);
    yield rows;
    if (last === undefined) return;
  }
}

// Companies read per request when only their names are wanted.
const namesPageSize = 2500;

/** The search source over the app database. */
export function createDexieSearchSource(db: KakehashiDb): SearchSource {
  const companyNames = new Map<string, string>();
  const contactCounts = new Map<string, number>();
  const table = (name: IndexedTable): Table<Row, string> => db.table(name);

  // Until a scan has read every company, a build helper may have titled visits with a name read
  // before a rename this source has not seen (its scan had not reached the company yet): a changed
  // company it does not know yet has its visits and needs read again too. Afterwards such a
  // company is new and has nothing to read again.
  let companiesRead = false;

  // While a scan reads the companies: settles once it has read them all, or stopped.
  let companiesReading: Promise<void> | null = null;
  const startReadingCompanies = (): (() => void) => {
    let finish = (): void => undefined;
    const reading = new Promise<void>((resolve) => (finish = resolve));
    companiesReading = reading;
    return () => {
      if (companiesReading === reading) companiesReading = null;
      finish();
    };
  };
  // Reads the companies for their names only (a scan of visits titles them with these).
  const readCompanies = async (batchSize: number): Promise<void> => {
    const finish = startReadingCompanies();
    try {
      for await (const rows of pages(table('companies'), batchSize)) await toChange('companies', rows);
      companiesRead = true;
    } finally {
      finish();
    }
  };

  // Turns rows of one table into the change they make to the index.
  const toChange = async (name: IndexedTable, rows: readonly Row[], watched = false): Promise<SearchChange> => {
    const put: SearchDocument[] = [];
    const remove: string[] = [];
    for (const row of rows) {
      switch (name) {
        case 'companies': {
          const company = row as Company;
          const before = contactCounts.get(company.id) ?? 0;
          const known = companyNames.has(company.id);
          const renamed = known ? companyNames.get(company.id) !== company.name : watched && !companiesRead;
          const after = company.deleted ? 0 : company.contacts.length;
          for (let i = after; i < before; i++) remove.push(contactDocumentId(company.id, i));
          if (company.deleted) {
            remove.push(company.id);
            companyNames.delete(company.id);
            contactCounts.delete(company.id);
          } else {
            companyNames.set(company.id, company.name);
            contactCounts.set(company.id, company.contacts.length);
            put.push(...companyDocuments(company));
          }
          // Visits and needs show their company's name: a rename reaches them too.
          if (renamed || company.deleted) {
            const visits = await db.visits.where('companyId').equals(company.id).toArray();
            const needs = await db.needs.where('companyId').equals(company.id).toArray();
            const related = [...(await toChange('visits', visits)).put, ...(await toChange('needs', needs)).put];
            put.push(...related);
          }
          break;
        }
        case 'visits':
          if (row.deleted) remove.push(row.id);
          else put.push(visitDocument(row as Visit, companyNames.get((row as Visit).companyId) ?? ''));
          break;
        case 'needs':
          if (row.deleted) remove.push(row.id);
          else put.push(needDocument(row as Need, companyNames.get((row as Need).companyId) ?? ''));
          break;
        case 'seeds':
          if (row.deleted) remove.push(row.id);
          else put.push(seedDocument(row as Seed));
          break;
      }
    }
    return { put, remove };
  };

  // Re-reads what a run of mutations touched, table by table in the order names depend on. A
  // table announced whole is read once, whatever else was announced for it.
  const refresh = async (announced: readonly ObservabilitySet[]): Promise<SearchChange> => {
    const put: SearchDocument[] = [];
    const remove: string[] = [];
    const add = (change: SearchChange): void => {
      put.push(...change.put);
      remove.push(...change.remove);
    };
    for (const name of indexedTables) {
      const keys = new Set<string>();
      const ranges: KeyRange[] = [];
      for (const parts of announced) {
        const found = touched(parts[`idb://${db.name}/${name}/`]);
        for (const key of found.keys) keys.add(key);
        ranges.push(...found.ranges);
      }
      const whole = ranges.some((range) => range.from === Dexie.minKey || range.from === -Infinity);
      if (whole) {
        for await (const rows of pages(table(name), 2000)) add(await toChange(name, rows, true));
        continue;
      }
      if (keys.size > 0) {
        const list = [...keys];
        const rows = await table(name).bulkGet(list);
        add(
          await toChange(
            name,
            rows.filter((row): row is Row => row !== undefined),
            true,
          ),
        );
        // A key that is gone was hard-deleted (tests, restore): forget it.
        remove.push(...list.filter((_, i) => rows[i] === undefined));
      }
      for (const range of ranges) {
        for await (const rows of pages(table(name), 2000, range)) add(await toChange(name, rows, true));
      }
    }
    return { put, remove };
  };

  return {
    async count() {
      const counts = await Promise.all(indexedTables.map((name) => table(name).count()));
      return counts.reduce((sum, n) => sum + n, 0);
    },
    async *scan(batchSize, scope: ScanScope = { tables: 'all' }) {
      // Companies first: visits and needs are titled with their company's name. The many visits
      // come last, so that everything else is searchable early in a first build. A scan of visits
      // reads the companies for their names first, unless this source has read them already.
      const range: KeyRange | undefined =
        scope.visits === undefined
          ? undefined
          : { from: scope.visits.from ?? Dexie.minKey, to: scope.visits.to ?? Dexie.maxKey };
      const upperOpen = scope.visits !== undefined && scope.visits.to !== null;
      for (const name of scanOrder) {
        const visits = name === 'visits';
        if (scope.tables !== 'all' && (scope.tables === 'visits') !== visits) {
          if (name === 'companies' && !companiesRead) await readCompanies(batchSize);
          continue;
        }
        const finish = name === 'companies' ? startReadingCompanies() : null;
        try {
          for await (const rows of pages(table(name), batchSize, visits ? range : undefined, visits && upperOpen)) {
            const change = await toChange(name, rows);
            yield { docs: change.put, visited: rows.length };
          }
          if (name === 'companies') companiesRead = true;
        } finally {
          finish?.();
        }
      }
    },
    async companyNames() {
      if (!companiesRead && companiesReading !== null) await companiesReading;
      // No scan read them (or it stopped before the end): read them here.
      if (!companiesRead) await readCompanies(namesPageSize);
      return [...companyNames];
    },
    knowCompanyNames(names) {
      for (const [id, name] of names) companyNames.set(id, name);
      companiesRead = true;
    },
    async splitVisits(sizes) {
      // One read of every visit key gives the count and the keys the runs start at (counting and
      // skipping with a cursor both walk the table in the database, and took longer).
      const [keys, others] = await Promise.all([
        db.visits.orderBy(':id').primaryKeys(),
        Promise.all(indexedTables.filter((name) => name !== 'visits').map((name) => table(name).count())),
      ]);
      const counts = sizes(
        keys.length,
        others.reduce((sum, n) => sum + n, 0),
      );
      const ranges: VisitRange[] = [];
      let from: string | null = null;
      let start = 0;
      for (const count of counts.slice(0, -1)) {
        const end = start + count;
        const to = keys[end];
        if (to === undefined) break;
        ranges.push({ from, to, count });
        from = to;
        start = end;
      }
      ranges.push({ from, to: null, count: Math.max(0, keys.length - start) });
      return ranges;
    },
    watch(onChange) {
      let announced: ObservabilitySet[] = [];
      let draining = false;
      // One refresh after another (a later write must not be overtaken by an earlier read), and
      // announcements that arrive meanwhile are served together: a burst of bulk writes (a sync
      // pull, an import) costs one more read of a table, not one per write.
      const drain = async (): Promise<void> => {
        draining = true;
        try {
          while (announced.length > 0) {
            const batch = announced;
            announced = [];
            onChange(await refresh(batch));
          }
        } catch (error: unknown) {
          console.error('search: could not read changed records', error);
        } finally {
          draining = false;
        }
      };
      const listener = (parts: ObservabilitySet): void => {
        if (!indexedTables.some((name) => `idb://${db.name}/${name}/` in parts)) return;
        announced.push(parts);
        if (!draining) void drain();
      };
      Dexie.on('storagemutated', listener);
      return () => Dexie.on.storagemutated.unsubscribe(listener);
    },
  };
}
