import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import { dismissConflict, listConflicts, type SyncConflictRow } from './dexieReplica.ts';

type Updatable = { update(id: string, patch: Record<string, unknown>): Promise<unknown> };

/** 競合: losing free-text values, each with "use this value" and "keep the current value". */
export function ConflictsView(): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const repos = useRepositories();
  const conflicts = useLiveQuery(() => listConflicts(db), [db]);

  const pick = async (conflict: SyncConflictRow) => {
    // Written as a new local edit: it gets a new HLC, so it wins on every device after the next sync.
    const repository = (repos as unknown as Record<string, Updatable | undefined>)[conflict.table];
    await repository?.update(conflict.id, { [conflict.field]: conflict.value });
    if (conflict.seq !== undefined) await dismissConflict(db, conflict.seq);
  };

  return (
    <section aria-labelledby="sync-conflicts-title">
      <h2 id="sync-conflicts-title">{t('sync.conflicts.title')}</h2>
      {conflicts === undefined || conflicts.length === 0 ? (
        <p className="muted">{t('sync.conflicts.none')}</p>
      ) : (
        <>
          <p>{t('sync.conflicts.intro')}</p>
          <table data-sync-conflicts>
            <thead>
              <tr>
                <th scope="col">{t('sync.conflicts.record')}</th>
                <th scope="col">{t('sync.conflicts.field')}</th>
                <th scope="col">{t('sync.conflicts.kept')}</th>
                <th scope="col">{t('sync.conflicts.lost')}</th>
                <th scope="col">{t('sync.conflicts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((conflict) => (
                <tr key={conflict.seq}>
                  <td>
                    {conflict.table} / {conflict.id}
                  </td>
                  <td>{conflict.field}</td>
                  <td>{conflict.winnerValue}</td>
                  <td>{conflict.value}</td>
                  <td>
                    <button type="button" onClick={() => void pick(conflict)}>
                      {t('sync.conflicts.pick')}
                    </button>
                    <button
                      type="button"
                      onClick={() => conflict.seq !== undefined && void dismissConflict(db, conflict.seq)}
                    >
                      {t('sync.conflicts.dismiss')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
