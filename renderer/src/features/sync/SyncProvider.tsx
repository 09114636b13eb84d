import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SyncProgress } from '#shared/sync/progress';
import { hostTransport, requestHost } from '../../host/host.ts';
import { createSyncWorkerClient, type SyncWorkerClient } from './syncWorkerClient.ts';

type SyncState = Readonly<{
  running: boolean;
  progress: SyncProgress | null;
  /** Auto-sync interval in minutes (0: off). */
  autoMinutes: number;
  syncNow(): void;
  cancel(): void;
  /** Re-reads the saved configuration (after the target form saved it). */
  reloadConfig(): void;
}>;

const SyncContext = createContext<SyncState | null>(null);

/** Runs syncs for the whole app: "sync now", cancel, and auto-sync at an interval while online. */
export function SyncProvider({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [autoMinutes, setAutoMinutes] = useState(0);
  const [configVersion, setConfigVersion] = useState(0);
  const controller = useRef<AbortController | null>(null);
  // The worker runs every sync (decode, merge, writes) off this thread; started at the first sync and
  // kept for the session, so the team key it unlocked (PBKDF2) is unlocked once.
  const worker = useRef<SyncWorkerClient | null>(null);
  useEffect(
    () => () => {
      worker.current?.dispose();
      worker.current = null;
    },
    [],
  );

  const syncNow = useCallback(() => {
    if (controller.current !== null) return;
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setProgress(null);
    const started = performance.now();
    worker.current ??= createSyncWorkerClient(
      new Worker(new URL('./syncWorker.ts', import.meta.url), { type: 'module', name: 'sync' }),
      hostTransport,
    );
    worker.current
      .run({ signal: abort.signal, onProgress: setProgress })
      // The benchmark reads this measure as the duration of a whole sync.
      .then(() => performance.measure('kakehashi:sync', { start: started, end: performance.now() }))
      // The outcome, success or failure, is stored in _meta and shown from there.
      .catch(() => undefined)
      .finally(() => {
        controller.current = null;
        setRunning(false);
      });
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reloadConfig = useCallback(() => setConfigVersion((version) => version + 1), []);

  useEffect(() => {
    void requestHost('sync:get-config', undefined).then((config) =>
      setAutoMinutes(config.target === null ? 0 : config.autoSyncMinutes),
    );
  }, [running, configVersion]);

  useEffect(() => {
    if (autoMinutes <= 0) return undefined;
    const timer = window.setInterval(() => {
      if (navigator.onLine) syncNow();
    }, autoMinutes * 60_000);
    return () => window.clearInterval(timer);
  }, [autoMinutes, syncNow]);

  const value = useMemo(
    () => ({ running, progress, autoMinutes, syncNow, cancel, reloadConfig }),
    [running, progress, autoMinutes, syncNow, cancel, reloadConfig],
  );
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

/** The app's sync state and actions. */
export function useSync(): SyncState {
  const state = useContext(SyncContext);
  if (state === null) throw new Error('useSync outside SyncProvider');
  return state;
}
