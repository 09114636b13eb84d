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

/**
 * A local edit of one field, stored the way the data layer's capture stores it: the record with
 * the field's new clock, one `_outbox` row, the persisted clock moved on. (Stands in for the
 * company editor, which is not part of this screen.)
 */
export function editField(page: Page, table: string, id: string, field: string, value: string): Promise<void> {
  return page.evaluate(
    async ({ table, id, field, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('kakehashi');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction([table, '_outbox', '_meta'], 'readwrite');
      const get = <T>(store: string, key: string) =>
        new Promise<T | undefined>((resolve) => {
          const request = tx.objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result as T | undefined);
        });
      const device = (await get<{ value: string }>('_meta', 'deviceId'))?.value ?? '';
      const last = (await get<{ value: string }>('_meta', 'clock'))?.value ?? '';
      const lastMs = Number(last.slice(0, 16) || 0);
      const ms = Math.max(Date.now(), lastMs + 1);
      const hlc = `${String(ms).padStart(16, '0')}-00000-${device}`;
      const record = (await get<Record<string, unknown> & { _hlc: Record<string, string> }>(table, id))!;
      const updatedAt = new Date(ms).toISOString();
      tx.objectStore(table).put({
        ...record,
        [field]: value,
        updatedAt,
        _hlc: { ...record._hlc, [field]: hlc, updatedAt: hlc },
      });
      tx.objectStore('_outbox').put({ key: hlc, changes: [{ table, id, fields: { [field]: value, updatedAt }, hlc }] });
      tx.objectStore('_meta').put({ key: 'clock', value: hlc });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { table, id, field, value },
  );
}
