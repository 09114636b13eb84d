import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { countOutbox } from '../../db/outbox.ts';
import { syncErrorText } from './syncErrorText.ts';
import { lastSyncMetaKey, type LastSync } from './syncRunner.ts';
import { useSync } from './SyncProvider.tsx';

/** Reads the last sync's outcome, live. */
export function useLastSync(): LastSync | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => ((await db._meta.get(lastSyncMetaKey))?.value as LastSync | undefined) ?? null, [db]);
}

/** 同期: sync now, cancel, progress, the last result and what waits to be sent. */
export function SyncStatus(): ReactNode {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const { running, progress, autoMinutes, syncNow, cancel } = useSync();
  const pending = useLiveQuery(() => countOutbox(db), [db]);
  const last = useLastSync();
  const number = new Intl.NumberFormat(i18n.language);
  const bytes = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));

  return (
    <section aria-labelledby="sync-run-title">
      <h2 id="sync-run-title">{t('sync.run.title')}</h2>
      <div className="actions">
        <button type="button" className="primary" onClick={syncNow} disabled={running}>
          {t('sync.run.now')}
        </button>
        {running && (
          <button type="button" onClick={cancel}>
            {t('sync.run.cancel')}
          </button>
        )}
      </div>
      {running && (
        <div role="status" data-sync-progress>
          <p>{t('sync.run.running')}</p>
          {progress !== null && (
            <>
              <progress max={Math.max(progress.filesTotal, 1)} value={progress.files} />
              <p>
                {t('sync.run.progress', {
                  files: number.format(progress.files),
                  total: number.format(progress.filesTotal),
                  bytes: bytes.format(progress.bytes / 1024),
                  records: number.format(progress.records),
                  count: progress.records,
                })}
              </p>
            </>
          )}
        </div>
      )}
      {autoMinutes > 0 && <p className="help">{t('sync.run.autoOn', { minutes: autoMinutes, count: autoMinutes })}</p>}
      <p data-sync-pending>{t('sync.run.pending', { count: pending ?? 0 })}</p>
      <h3>{t('sync.run.last')}</h3>
      <p
        data-sync-last
        {...(last?.report === null ? { role: 'alert', className: 'notice error', 'data-sync-failed': '' } : {})}
      >
        {last === null || last === undefined
          ? t('sync.run.never')
          : last.report !== null
            ? t('sync.run.lastOk', {
                at: when(last.at),
                sent: t('sync.run.sentFiles', { count: last.report.uploaded }),
                received: t('sync.run.receivedFiles', { count: last.report.pulled }),
                applied: t('sync.run.appliedRecords', {
                  count: last.report.records,
                  records: number.format(last.report.records),
                }),
              })
            : t('sync.run.lastFailed', { at: when(last.at), message: syncErrorText(t, last.error?.code ?? '') })}
      </p>
    </section>
  );
}
