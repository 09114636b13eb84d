import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { openKakehashiDb, type KakehashiDb } from '../db/database.ts';
import { createRepositories, type Repositories } from '../db/repositories.ts';

type DatabaseState = Readonly<{ db: KakehashiDb; repositories: Repositories }>;

const DatabaseContext = createContext<DatabaseState | null>(null);

/** Opens the app's IndexedDB once for the whole renderer and hands out its repositories. */
export function DatabaseProvider({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const [state, setState] = useState<DatabaseState | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let opened: KakehashiDb | null = null;
    let closed = false;
    openKakehashiDb()
      .then((db) => {
        if (closed) {
          db.close();
          return;
        }
        opened = db;
        setState({ db, repositories: createRepositories(db) });
      })
      .catch((reason: unknown) => setError(reason instanceof Error ? reason : new Error(String(reason))));
    return () => {
      closed = true;
      opened?.close();
    };
  }, []);
  if (error !== null) throw error;
  if (state === null) return null;
  return <DatabaseContext.Provider value={state}>{children}</DatabaseContext.Provider>;
}

/** The open database, for transactions that span several repositories. */
export function useDatabase(): KakehashiDb {
  const state = useContext(DatabaseContext);
  if (state === null) throw new Error('useDatabase outside DatabaseProvider');
  return state.db;
}

/** The repositories of the open database. */
export function useRepositories(): Repositories {
  const state = useContext(DatabaseContext);
  if (state === null) throw new Error('useRepositories outside DatabaseProvider');
  return state.repositories;
}
