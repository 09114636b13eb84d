import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportLog } from './applyImport.ts';

/** Past imports of this device, each with its undo. */
export function ImportHistory({
  imports,
  onUndo,
}: Readonly<{ imports: readonly ImportLog[]; onUndo: (id: string) => void }>): ReactNode {
  const { t, i18n } = useTranslation();
  if (imports.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'ja-JP', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section className="panel" aria-labelledby="import-history">
      <h2 id="import-history">{t('import.history')}</h2>
      <ul className="plain-list">
        {imports.map((log) => (
          <li key={log.id}>
            {t('import.historyItem', {
              at: format.format(new Date(log.at)),
              file: log.file,
              create: log.created.length,
              update: log.updated.length,
            })}{' '}
            {log.undoneAt !== null ? (
              <span className="muted">{t('import.historyUndone')}</span>
            ) : (
              <button type="button" className="button" onClick={() => onUndo(log.id)}>
                {t('import.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
