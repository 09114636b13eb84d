import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { snapshotTableNames, type SnapshotReport } from '#shared/domain/snapshot';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { replaceWithSnapshot, SnapshotRefused } from '../../db/snapshot.ts';
import { HostCallError, requestHost } from '../../host/host.ts';
import { DamagedAttachments, type DamagedAttachment } from './DamagedAttachments.tsx';
import { parseSnapshotBytes, snapshotBytes } from './snapshotBytes.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: 'exporting' | 'restoring' }
  | { kind: 'confirmRestore' }
  | { kind: 'exported'; path: string; damaged: readonly DamagedAttachment[] }
  | { kind: 'restored'; path: string; report: SnapshotReport; damaged: readonly DamagedAttachment[] }
  | { kind: 'failed'; message: string; detail: string };

function today(): string {
  return new Date().toISOString().slice(0, 10).replaceAll('-', '');
}

/** 設定 › バックアップと復元: export to a chosen file, restore all or nothing with a report. */
export function BackupPanel(): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const fail = (error: unknown, restoring: boolean) => {
    if (error instanceof HostCallError && error.error.code === 'cancelled') {
      setStatus({ kind: 'idle' });
      return;
    }
    const hostMessage = error instanceof HostCallError ? t(`errors.host.${error.error.code}`) : '';
    const message = restoring
      ? `${t('data.backup.refused')} ${hostMessage}`
      : hostMessage || t('errors.host.handler-failed');
    const detail =
      error instanceof SnapshotRefused
        ? error.problems.join(' / ')
        : error instanceof Error
          ? error.message
          : String(error);
    setStatus({ kind: 'failed', message, detail });
  };

  const exportBackup = async () => {
    setStatus({ kind: 'busy', text: 'exporting' });
    try {
      const result = await requestHost('backup:export', {
        snapshot: await snapshotBytes(db),
        suggestedName: `kakehashi-${today()}.kkbackup`,
      });
      setStatus({ kind: 'exported', path: result.path, damaged: result.damaged });
    } catch (error) {
      fail(error, false);
    }
  };

  const restoreBackup = async () => {
    setStatus({ kind: 'busy', text: 'restoring' });
    try {
      const result = await requestHost('backup:restore', undefined);
      const report = await replaceWithSnapshot(db, parseSnapshotBytes(result.snapshot));
      setStatus({ kind: 'restored', path: result.path, report, damaged: result.damaged });
    } catch (error) {
      fail(error, true);
    }
  };

  const busy = status.kind === 'busy';
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('data.backup.title')}</h2>
      <p className="help">{t('data.backup.help')}</p>
      <div className="form-row">
        <button type="button" disabled={busy} onClick={() => void exportBackup()}>
          {t('data.backup.export')}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => setStatus({ kind: 'confirmRestore' })}>
          {t('data.backup.restore')}
        </button>
      </div>
      {status.kind === 'confirmRestore' && (
        <div className="notice" role="alert">
          <p>{t('data.backup.restoreWarning')}</p>
          <button type="button" onClick={() => void restoreBackup()}>
            {t('data.backup.restoreConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
            {t('data.backup.restoreCancel')}
          </button>
        </div>
      )}
      <div role="status">
        {status.kind === 'busy' && <p>{t(`data.backup.${status.text}`)}</p>}
        {status.kind === 'exported' && (
          <>
            <p>{t('data.backup.exported', { path: status.path })}</p>
            <DamagedAttachments damaged={status.damaged} restoring={false} />
          </>
        )}
        {status.kind === 'restored' && (
          <>
            <p>{t('data.backup.restored', { path: status.path })}</p>
            <ul className="report">
              {snapshotTableNames
                .filter((name) => !name.startsWith('_'))
                .map((name) => (
                  <li key={name}>
                    {t('data.backup.reportLine', { table: t(`data.tables.${name}`), count: status.report[name] })}
                  </li>
                ))}
            </ul>
            <DamagedAttachments damaged={status.damaged} restoring />
          </>
        )}
        {status.kind === 'failed' && (
          <div className="notice">
            <p>{status.message}</p>
            <details>
              <summary>{t('errors.details')}</summary>
              <p className="path">{status.detail}</p>
            </details>
          </div>
        )}
      </div>
    </section>
  );
}
