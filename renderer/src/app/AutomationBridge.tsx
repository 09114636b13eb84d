import { useEffect } from 'react';
import { useDatabase, useRepositories } from './DatabaseProvider.tsx';

type AutomationWindow = Window & {
  /** Set by a test or benchmark's init script before the app loads; never set by the app itself. */
  __kakehashiAutomation?: boolean;
  /** The open database and repositories, for tests and benchmarks that prepare data in the page. */
  __kakehashi?: Readonly<{ db: ReturnType<typeof useDatabase>; repositories: ReturnType<typeof useRepositories> }>;
};

/**
 * Hands the app's own database and repositories to end-to-end tests and benchmarks, so data they
 * prepare goes through the same validation and change capture as the screens' writes. Only when a
 * test asked for it before the page loaded; a normal start exposes nothing.
 */
export function AutomationBridge(): null {
  const db = useDatabase();
  const repositories = useRepositories();
  useEffect(() => {
    const target = window as AutomationWindow;
    if (target.__kakehashiAutomation !== true) return;
    target.__kakehashi = { db, repositories };
    return () => {
      delete target.__kakehashi;
    };
  }, [db, repositories]);
  return null;
}
