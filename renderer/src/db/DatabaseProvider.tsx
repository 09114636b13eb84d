import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openKakehashiDb, type KakehashiDb } from './database.ts';
import { createRepositories, type Repositories } from './repositories.ts';

/** The open database and its repositories. */
export type Database = Readonly<{ db: KakehashiDb; repos: Repositories }>;

const DatabaseContext = createContext<Database | null>(null);

/** Opens the app database once and provides it to the screens; renders nothing else until it is open. */
export function DatabaseProvider({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const { t } = useTranslation();
  const [database, setDatabase] = useState<Database | null>(null);
  const [openError, setOpenError] = useState<Error | null>(null);

  useEffect(() => {
    let opened: KakehashiDb | null = null;
    let cancelled = false;
    openKakehashiDb()
      .then((db) => {
        opened = db;
        if (cancelled) db.close();
        else setDatabase({ db, repos: createRepositories(db) });
      })
      .catch((error: unknown) => setOpenError(error instanceof Error ? error : new Error(String(error))));
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, []);

  if (openError !== null) throw openError;
  if (database === null) return <p className="muted" role="status">{t('data.database.opening')}</p>;
  return <DatabaseContext.Provider value={database}>{children}</DatabaseContext.Provider>;
}

/** The open database and repositories. */
export function useDatabase(): Database {
  const database = useContext(DatabaseContext);
  if (database === null) throw new Error('useDatabase outside DatabaseProvider');
  return database;
}
