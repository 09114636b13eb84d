import type { Page } from 'playwright-core';
import type { DomainTableName } from '#shared/domain/tables';

/**
 * Writes already-validated records straight into the app's IndexedDB (opened by the app first,
 * so its schema exists), the way a restored backup or a sync would find them: a quick way for
 * tests and scripts to stage data without clicking through forms. Records get empty field clocks.
 */
export async function putRecords(
  page: Page,
  records: Partial<Record<DomainTableName, readonly object[]>>,
  databaseName = 'kakehashi',
): Promise<void> {
  await page.evaluate(
    async ({ name, byTable }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
      });
      try {
        const tables = Object.keys(byTable);
        const missing = tables.filter((table) => !db.objectStoreNames.contains(table));
        if (missing.length > 0) throw new Error(`the app database has no table ${missing.join(', ')}`);
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(tables, 'readwrite');
          for (const [table, rows] of Object.entries(byTable)) {
            for (const row of rows) transaction.objectStore(table).put({ ...row, _hlc: {} });
          }
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error ?? new Error('transaction failed'));
        });
      } finally {
        db.close();
      }
    },
    { name: databaseName, byTable: records as Record<string, object[]> },
  );
}
