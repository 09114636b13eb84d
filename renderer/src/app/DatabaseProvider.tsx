import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KakehashiDb } from '../db/database.ts';
import { createRepositories, type Repositories } from '../db/repositories.ts';
import { DatabaseNewerError, openDatabaseGuarded, UpgradeBackupError, UpgradeFailedError } from '../db/upgradeGuard.ts';
import { requestHost } from '../host/host.ts';
import { pageLog } from '../host/pageLog.ts';

// Before a schema upgrade, main writes the old data to <userData>/backups/before-upgrade/.
const backupBeforeUpgrade = async (snapshot: Uint8Array<ArrayBuffer>, fromVersion: number, toVersion: number) =>
  (await requestHost('database:backup-before-upgrade', { snapshot, fromVersion, toVersion })).path;

/** A database that cannot be opened safely: what the user reads instead of the app. */
function DatabaseRefused({
  error,
}: Readonly<{ error: DatabaseNewerError | UpgradeBackupError | UpgradeFailedError }>): ReactNode {
  const { t } = useTranslation();
  const [title, body] =
    error instanceof DatabaseNewerError
      ? [
          t('desktop.database.newerTitle'),
          t('desktop.database.newerBody', {
            stored: error.storedVersion,
            supported: error.supportedVersion,
          }),
        ]
      : error instanceof UpgradeBackupError
        ? [t('desktop.database.backupFailedTitle'), t('desktop.database.backupFailedBody', { detail: error.detail })]
        : [
            t('desktop.database.upgradeFailedTitle'),
            t('desktop.database.upgradeFailedBody', { backup: error.backupPath }),
          ];
  return (
    <main className="error-screen" role="alert">
      <h1>{title}</h1>
      <p>{body}</p>
    </main>
  );
}

type DatabaseState = Readonly<{ db: KakehashiDb; repositories: Repositories }>;

const DatabaseContext = createContext<DatabaseState | null>(null);

/** Opens the app database once and gives every screen the same repositories. */
export function DatabaseProvider({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const [state, setState] = useState<DatabaseState | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);

  useEffect(() => {
    let opened: KakehashiDb | null = null;
    const started = performance.now();
    openDatabaseGuarded(backupBeforeUpgrade)
      .then((db) => {
        opened = db;
        // The benchmark reads this measure as the app database's open time.
        performance.measure('kakehashi:db-open', { start: started, end: performance.now() });
        setState({ db, repositories: createRepositories(db) });
      })
      .catch((error: unknown) => {
        pageLog('error', 'database', `opening the database failed: ${String(error)}`);
        setFailure(error instanceof Error ? error : new Error(String(error)));
      });
    return () => opened?.close();
  }, []);

  if (
    failure instanceof DatabaseNewerError ||
    failure instanceof UpgradeBackupError ||
    failure instanceof UpgradeFailedError
  ) {
    return <DatabaseRefused error={failure} />;
  }
  if (failure !== null) throw failure;
  if (state === null) return null;
  return <DatabaseContext.Provider value={state}>{children}</DatabaseContext.Provider>;
}

/** The open database (for live queries and transactions). */
export function useDatabase(): KakehashiDb {
  const state = useContext(DatabaseContext);
  if (state === null) throw new Error('useDatabase outside DatabaseProvider');
  return state.db;
}

/** The repositories every write goes through. */
export function useRepositories(): Repositories {
  const state = useContext(DatabaseContext);
  if (state === null) throw new Error('useRepositories outside DatabaseProvider');
  return state.repositories;
}
