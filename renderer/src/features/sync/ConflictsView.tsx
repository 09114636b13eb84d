import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isBookkeepingField } from '#shared/sync/bookkeepingFields';
import {
  conflictFieldLabel,
  conflictRecordPath,
  conflictSide,
  conflictValueText,
} from '#shared/sync/conflictPresentation';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import type { KakehashiDb } from '../../db/database.ts';
import { useDateFormat } from '../../ui/useDateFormat.ts';
import { useLastSync } from './SyncStatus.tsx';
import { dismissConflict, listConflicts, type SyncConflictRow } from './dexieReplica.ts';
import { recordSubject } from './heldValues.ts';

type Updatable = { update(id: string, patch: Record<string, unknown>): Promise<unknown> };

type ShownConflict = SyncConflictRow & { subject: string | null };

/** What the conflicting record is called: its name or title; a visit by its company and day. */
async function subjectOf(db: KakehashiDb, conflict: SyncConflictRow): Promise<string | null> {
  const table = (db as unknown as Record<string, { get(id: string): Promise<unknown> } | undefined>)[conflict.table];
  const record = (await table?.get(conflict.id)) as Record<string, unknown> | undefined;
  if (record === undefined) return null;
  if (conflict.table === 'visits' && typeof record['companyId'] === 'string') {
    const company = await db.companies.get(record['companyId']);
    return [company?.name, record['date']].filter((part) => typeof part === 'string' && part !== '').join(' ');
  }
  return recordSubject(record);
}

async function loadConflicts(db: KakehashiDb): Promise<ShownConflict[]> {
  // Rows kept before bookkeeping fields were excluded at merge time are not shown either.
  const rows = (await listConflicts(db)).filter((row) => !isBookkeepingField(row.table, row.field));
  return Promise.all(rows.map(async (row) => ({ ...row, subject: await subjectOf(db, row) })));
}

/** 競合: losing values with the record's name, the field's label, who wrote each side and when. */
export function ConflictsView(): ReactNode {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const repos = useRepositories();
  const formatDay = useDateFormat();
  const last = useLastSync();
  const conflicts = useLiveQuery(() => loadConflicts(db), [db]);
  const locale = i18n.language === 'en' ? 'en' : 'ja';
  const when = (at: Date | null) =>
    at === null ? '—' : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const deviceName = (device: string) => {
    if (device === '') return '—';
    if (device === db.deviceId) return t('sync.conflicts.thisDevice');
    return last?.report?.devices.find((seen) => seen.device === device)?.name ?? device;
  };
  const side = (hlc: string) => {
    const { device, at } = conflictSide(hlc);
    return t('sync.conflicts.side', { device: deviceName(device), at: when(at) });
  };

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
              {conflicts.map((conflict) => {
                const path = conflictRecordPath(conflict.table, conflict.id);
                const name = conflict.subject ?? t('sync.conflicts.unnamed');
                return (
                  <tr key={conflict.seq}>
                    <td>{path === null ? name : <Link to={path}>{name}</Link>}</td>
                    <td>{conflictFieldLabel(conflict.table, conflict.field, locale)}</td>
                    <td>
                      <span className="conflict-value">
                        {conflictValueText(conflict.table, conflict.field, conflict.winnerValue, locale, formatDay)}
                      </span>
                      <br />
                      <small className="muted">{side(conflict.winnerHlc)}</small>
                    </td>
                    <td>
                      <span className="conflict-value">
                        {conflictValueText(conflict.table, conflict.field, conflict.value, locale, formatDay)}
                      </span>
                      <br />
                      <small className="muted">{side(conflict.hlc)}</small>
                    </td>
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
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
