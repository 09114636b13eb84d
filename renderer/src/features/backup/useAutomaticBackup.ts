import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { requestHost } from '../../host/host.ts';
import type { DamagedAttachment } from './DamagedAttachments.tsx';
import { snapshotBytes } from './snapshotBytes.ts';

/**
 * Once the app is in use, writes the day's automatic backup if it is due. The host decides (at most
 * one a day, newest 7 kept); the snapshot is only read when it is due. Returns the damaged
 * attachments that backup left out, for the app to name.
 */
export function useAutomaticBackup(enabled: boolean): readonly DamagedAttachment[] {
  const db = useDatabase();
  const [damaged, setDamaged] = useState<readonly DamagedAttachment[]>([]);
  useEffect(() => {
    if (!enabled) return;
    const run = async () => {
      const status = await requestHost('backup:autoStatus', undefined);
      if (!status.due) return;
      const result = await requestHost('backup:auto', { snapshot: await snapshotBytes(db) });
      setDamaged(result.damaged);
    };
    // A failed automatic backup must not stop the app; the next start tries again.
    run().catch((error: unknown) => console.warn('automatic backup failed', error));
  }, [db, enabled]);
  return damaged;
}
