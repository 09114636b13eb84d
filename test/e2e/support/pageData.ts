import type { Page } from 'playwright-core';

/** Every record of a table in the page's IndexedDB, sorted by id, without the field clocks. */
export function readTable(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kakehashi');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return rows
      .map(({ _hlc: _clocks, ...fields }) => fields)
      .sort((a, b) => (String(a['id']) < String(b['id']) ? -1 : 1));
  }, table);
}
