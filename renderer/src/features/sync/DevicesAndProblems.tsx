import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { domainTables, isDomainTableName } from '#shared/domain/tables';
import { fieldLabel } from '#shared/domain/validationError';
import type { LogProblem } from '#shared/sync/progress';
import { useLastSync } from './SyncStatus.tsx';

/** The labels of a held value's fields (「種別」), or the raw names for a table this version does not know. */
function fieldsText(problem: LogProblem, language: string): string {
  const fields = problem.fields ?? [];
  const table = problem.table ?? '';
  const locale = language.startsWith('ja') ? 'ja' : 'en';
  const labels = isDomainTableName(table)
    ? fields.map((field) => fieldLabel(domainTables[table].entity, [field], locale))
    : fields;
  return labels.join(locale === 'ja' ? '、' : ', ');
}

/**
 * 同期している端末 and 保留中の変更ファイル (corrupt, gap, fork, quarantined, and field values held
 * aside with their record's name), from the last sync.
 */
export function DevicesAndProblems(): ReactNode {
  const { t, i18n } = useTranslation();
  const last = useLastSync();
  const report = last?.report ?? null;
  // A value held before its origin was recorded (from a snapshot, or an older version) has no device.
  const deviceName = (device: string) =>
    device === '' ? '—' : (report?.devices.find((seen) => seen.device === device)?.name ?? device);
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
              <li
                key={`${problem.device}-${problem.seq}-${problem.kind}-${problem.table ?? ''}-${problem.id ?? problem.subject ?? ''}`}
              >
                {t(`sync.problems.${problem.kind}`, {
                  device: deviceName(problem.device),
                  seq: problem.seq,
                  subject: problem.subject ?? '',
                  fields: fieldsText(problem, i18n.language),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
