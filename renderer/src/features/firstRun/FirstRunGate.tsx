import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import { completeFirstRun, readFirstRunChoice, type FirstRunChoice } from '../../db/sampleLoader.ts';
import { DamagedAttachments } from '../backup/DamagedAttachments.tsx';
import { useAutomaticBackup } from '../backup/useAutomaticBackup.ts';

/** Shows the first-run screen until it has been answered once, then the app. */
export function FirstRunGate({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const db = useDatabase();
  // undefined while loading, null when never answered.
  const choice = useLiveQuery(() => readFirstRunChoice(db), [db]);
  const damaged = useAutomaticBackup(choice !== undefined && choice !== null);
  if (choice === undefined) return null;
  if (choice === null) return <FirstRunPage />;
  return (
    <>
      <DamagedAttachments damaged={damaged} restoring={false} />
      {children}
    </>
  );
}

/** 「サンプルデータを読み込む」 or 「空の状態で始める」. */
export function FirstRunPage(): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const repos = useRepositories();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  if (failure !== null) throw failure;

  const choose = (choice: FirstRunChoice) => {
    setWorking(true);
    completeFirstRun(db, repos, choice).catch((error: unknown) =>
      setFailure(error instanceof Error ? error : new Error(String(error))),
    );
  };

  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('data.firstRun.title')}</h1>
      <p>{t('data.firstRun.intro')}</p>
      <div className="first-run-choices">
        <div className="first-run-choice">
          <button
            type="button"
            className="primary"
            data-first-run-choice="samples"
            disabled={working}
            onClick={() => choose('samples')}
          >
            {t('data.firstRun.loadSamples')}
          </button>
          <p className="help">{t('data.firstRun.samplesHelp')}</p>
        </div>
        <div className="first-run-choice">
          <button type="button" data-first-run-choice="empty" disabled={working} onClick={() => choose('empty')}>
            {t('data.firstRun.startEmpty')}
          </button>
          <p className="help">{t('data.firstRun.emptyHelp')}</p>
        </div>
      </div>
      {working && <p role="status">{t('data.firstRun.working')}</p>}
    </main>
  );
}
