import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import type { KakehashiDb } from '../../db/database.ts';
import { planRestore } from '../../db/recordWrites.ts';
import { listTrash, type TrashEntry } from '../../db/trash.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useDateFormat } from '../../ui/useDateFormat.ts';
import { useOperations } from './UndoProvider.tsx';

type Row = Readonly<{ entry: TrashEntry; name: string }>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The name a deleted record goes by: its name or title; a visit by company and date, a match by its two ends. */
async function nameOf(db: KakehashiDb, entry: TrashEntry, formatDate: (iso: string) => string): Promise<string> {
  const { record } = entry;
  switch (entry.table) {
    case 'companies':
    case 'programmes':
    case 'attachments':
      return text(record['name']);
    case 'visits': {
      const company = await db.companies.get(text(record['companyId']));
      return `${company?.name ?? ''} ${formatDate(text(record['date']))}`.trim();
    }
    case 'matches': {
      const [need, seed] = await Promise.all([
        db.needs.get(text(record['needId'])),
        db.seeds.get(text(record['seedId'])),
      ]);
      return `${need?.title ?? ''} → ${seed?.title ?? ''}`;
    }
    case 'fundingApplications':
      return text(record['programmeName']);
    case 'subsidyApplications': {
      const company = await db.companies.get(text(record['companyId']));
      return `${company?.name ?? ''} ${typeof record['fiscalYear'] === 'number' ? record['fiscalYear'] : ''}`.trim();
    }
    default:
      return text(record['title']);
  }
}

async function trashRows(db: KakehashiDb, formatDate: (iso: string) => string): Promise<Row[]> {
  const entries = await listTrash(db);
  return Promise.all(entries.map(async (entry) => ({ entry, name: await nameOf(db, entry, formatDate) })));
}

/** `#/trash` (削除済み): what was deleted in the last 30 days, on any device, each with 戻す. */
export function TrashPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const run = useOperations();
  const formatDate = useDateFormat();
  const rows = useLiveQuery(() => trashRows(db, formatDate), [db, formatDate]);
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'ja-JP', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title={t('takeBack.trash.title')} />
      <p className="muted">{t('takeBack.trash.intro')}</p>
      {rows === undefined ? (
        <p className="muted">{t('screens.common.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState message={t('takeBack.trash.empty')} />
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('takeBack.trash.kind')}</th>
              <th scope="col">{t('takeBack.trash.name')}</th>
              <th scope="col">{t('takeBack.trash.deletedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('takeBack.trash.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, name }) => (
              <tr key={`${entry.table}:${String(entry.record['id'])}`}>
                <td>{t(`takeBack.trash.kinds.${entry.table}`)}</td>
                <td>{name}</td>
                <td>{when.format(entry.deletedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('takeBack.trash.restoreLabel', { name })}
                    onClick={() =>
                      void run({
                        message: t('takeBack.trash.restored', { name }),
                        writes: planRestore(entry.table, { id: String(entry.record['id']), deleted: true }),
                      })
                    }
                  >
                    {t('takeBack.trash.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
