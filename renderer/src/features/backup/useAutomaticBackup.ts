import { useEffect } from 'react';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { requestHost } from '../../host/host.ts';
import { snapshotBytes } from './snapshotBytes.ts';

/**
 * Once the app is in use, writes the day's automatic backup if it is due. The host decides (at most
 * one a day, newest 7 kept); the snapshot is only read when it is due.
 */
export function useAutomaticBackup(enabled: boolean): void {
  const db = useDatabase();
  useEffect(() => {
    if (!enabled) return;
    const run = async () => {
      const status = await requestHost('backup:autoStatus', undefined);
      if (status.due) await requestHost('backup:auto', { snapshot: await snapshotBytes(db) });
    };
    // A failed automatic backup must not stop the app; the next start tries again.
    run().catch((error: unknown) => console.warn('automatic backup failed', error));
  }, [db, enabled]);
}
