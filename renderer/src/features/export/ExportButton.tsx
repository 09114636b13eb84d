import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, type ExportFormat, type ExportTable } from '#shared/export/exportTable';
import { localToday } from '../../ui/useDateFormat.ts';
import { saveExport, type ExportOutcome } from './saveExport.ts';
import './export.css';

/** One list a page can export: its label and how to build the table of what it shows. */
export type ExportableList = Readonly<{ id: string; label: string; build: () => ExportTable }>;

type Status =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'busy' }>
  | ExportOutcome
  | Readonly<{ kind: 'failed'; detail: string }>;

const isFormat = (value: string): value is ExportFormat => (exportFormats as readonly string[]).includes(value);

function StatusLine({ status }: Readonly<{ status: Status }>): ReactNode {
  const { t } = useTranslation();
  switch (status.kind) {
    case 'idle':
      return null;
    case 'busy':
      return t('export.busy');
    case 'saved':
      return t('export.saved', { path: status.path });
    case 'downloaded':
      return t('export.downloaded', { name: status.name });
    case 'cancelled':
      return t('export.cancelled');
    case 'failed':
      return <span className="field-error">{t('export.failed', { detail: status.detail })}</span>;
    case 'unencodable':
      return (
        <span className="field-error">
          {t('export.unencodable')}
          <ul>
            {status.cells.slice(0, 20).map((cell) => (
              <li key={`${cell.row}:${cell.column}:${cell.character}`}>{t('export.unencodableCell', cell)}</li>
            ))}
          </ul>
        </span>
      );
  }
}

/**
 * 書き出す: exports what a list shows, with its current filters, as Excel or CSV (UTF-8 with BOM,
 * or Shift_JIS for older Excel). The outcome is announced in a status line.
 */
export function ExportButton({ lists }: Readonly<{ lists: readonly ExportableList[] }>): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [listId, setListId] = useState(lists[0]?.id ?? '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async () => {
    const list = lists.find((candidate) => candidate.id === listId) ?? lists[0];
    if (list === undefined) return;
    setStatus({ kind: 'busy' });
    try {
      setStatus(await saveExport(list.build(), format, localToday()));
    } catch (error) {
      setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="export-control">
      {lists.length > 1 && (
        <>
          <label htmlFor={`${id}-list`} className="visually-hidden">
            {t('export.what')}
          </label>
          <select id={`${id}-list`} value={listId} onChange={(event) => setListId(event.target.value)}>
            {lists.map((list) => (
              <option key={list.id} value={list.id}>
                {list.label}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-format`} className="visually-hidden">
        {t('export.format')}
      </label>
      <select
        id={`${id}-format`}
        value={format}
        onChange={(event) => isFormat(event.target.value) && setFormat(event.target.value)}
      >
        {exportFormats.map((value) => (
          <option key={value} value={value}>
            {t(`export.formats.${value}`)}
          </option>
        ))}
      </select>
      <button type="button" disabled={status.kind === 'busy'} onClick={() => void run()}>
        {t('export.button')}
      </button>
      <p role="status" className="export-status">
        <StatusLine status={status} />
      </p>
    </div>
  );
}
