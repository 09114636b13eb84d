import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLastSync } from './SyncStatus.tsx';

/** 同期している端末 and 保留中の変更ファイル (corrupt, gap, fork, quarantined), from the last sync. */
export function DevicesAndProblems(): ReactNode {
  const { t, i18n } = useTranslation();
  const last = useLastSync();
  const report = last?.report ?? null;
  const when = (iso: string | null) =>
    iso === null
      ? '—'
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <>
      <section aria-labelledby="sync-devices-title">
        <h2 id="sync-devices-title">{t('sync.devices.title')}</h2>
        {report === null || report.devices.length === 0 ? (
          <p className="muted">{t('sync.devices.none')}</p>
        ) : (
          <table data-sync-devices>
            <thead>
              <tr>
                <th scope="col">{t('sync.devices.device')}</th>
                <th scope="col">{t('sync.devices.lastSeen')}</th>
                <th scope="col">{t('sync.devices.batches')}</th>
              </tr>
            </thead>
            <tbody>
              {report.devices.map((device) => (
                <tr key={device.device}>
                  <td>{device.name ?? device.device}</td>
                  <td>{when(device.lastSeen)}</td>
                  <td>{device.lastSeq}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="sync-problems-title">
        <h2 id="sync-problems-title">{t('sync.problems.title')}</h2>
        {report === null || report.problems.length === 0 ? (
          <p className="muted">{t('sync.problems.none')}</p>
        ) : (
          <ul data-sync-problems>
            {report.problems.map((problem) => (
              <li key={`${problem.device}-${problem.seq}-${problem.kind}-${problem.subject ?? ''}`}>
                {t(`sync.problems.${problem.kind}`, {
                  device: problem.device,
                  seq: problem.seq,
                  subject: problem.subject ?? '',
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
