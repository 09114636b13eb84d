import { describe, expect, it } from 'vitest';
import { createDexieSearchSource } from '../../../renderer/src/features/search/dexieSearchSource.ts';
import type { SearchDocument } from '../../../renderer/src/features/search/searchDocument.ts';
import type { CompanyName, SearchSource } from '../../../renderer/src/features/search/searchSource.ts';
import { companyNames, seedDatabase } from './buildHelperFixture.ts';

// The companies are read once in a first build: the search worker's scan reads them, and each
// build helper is given their names instead of reading the companies again.

async function visitTitles(source: SearchSource): Promise<string[]> {
  const titles: string[] = [];
  for await (const batch of source.scan(4, { tables: 'visits' }))
    for (const doc of batch.docs) titles.push(`${doc.id}=${doc.title}`);
  return titles;
}

const namesOf = (names: readonly CompanyName[]): string[] => names.map(([, name]) => name).sort();

describe('company names of the search source', () => {
  it('are given once a scan under way has read every company', async () => {
    const { db } = await seedDatabase('names-scan', 6);
    const source = createDexieSearchSource(db);
    const scan = source.scan(1, { tables: 'others' })[Symbol.asyncIterator]();
    const first = await scan.next();
    expect((first.value as { docs: SearchDocument[] }).docs[0]?.kind).toBe('company');
    // The scan has read one company of three: the names wait for the others.
    const names = source.companyNames?.();
    let given = false;
    void names?.then(() => (given = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(given).toBe(false);
    while (!(await scan.next()).done);
    expect(namesOf((await names) ?? [])).toEqual([...companyNames].sort());
  });

  it('are read when no scan reads them, also after a scan stopped half-way', async () => {
    const { db } = await seedDatabase('names-alone', 3);
    const alone = createDexieSearchSource(db);
    expect(namesOf((await alone.companyNames?.()) ?? [])).toEqual([...companyNames].sort());

    const stopped = createDexieSearchSource(db);
    const scan = stopped.scan(1, { tables: 'others' })[Symbol.asyncIterator]();
    await scan.next();
    await scan.return?.(undefined);
    expect(namesOf((await stopped.companyNames?.()) ?? [])).toEqual([...companyNames].sort());
  });

  it('given to a source title its visits without reading the companies', async () => {
    const { db, visitIds } = await seedDatabase('names-given', 6);
    const reader = createDexieSearchSource(db);
    const names = (await reader.companyNames?.()) ?? [];
    const given = createDexieSearchSource(db);
    // Names the database does not hold: a visit titled with one was not titled from the database.
    given.knowCompanyNames?.(names.map(([id, name]) => [id, `${name}（渡された名前）`]));
    const titles = await visitTitles(given);
    expect(titles).toHaveLength(visitIds.length);
    expect(titles.every((title) => title.endsWith('（渡された名前）'))).toBe(true);
    expect((await visitTitles(createDexieSearchSource(db))).some((title) => title.endsWith('（渡された名前）'))).toBe(
      false,
    );
  });
});
