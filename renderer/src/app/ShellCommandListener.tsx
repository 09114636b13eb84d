import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ShellCommand } from '#shared/contract/shellContract';
import { useSync } from '../features/sync/SyncProvider.tsx';
import { callHost, requestHost } from '../host/host.ts';
import { pageLog } from '../host/pageLog.ts';
import { useDatabase } from './DatabaseProvider.tsx';
import { useQuitPreparation } from './QuitPreparationContext.tsx';
import { readDiagnostics } from './diagnosticsReport.ts';

type Notice = Readonly<{ text: string; busy: boolean }>;

/**
 * Carries out what the desktop shell asks (menu items, quit, a backup file opened with the app):
 * keeps one `shell:next-command` call open and acts on each answer.
 */
export function ShellCommandListener(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const db = useDatabase();
  const sync = useSync();
  const preparation = useQuitPreparation();
  const [notice, setNotice] = useState<Notice | null>(null);

  // Stopping sync waits until the run in flight has ended (its batch applied whole, or none).
  const running = useRef(sync.running);
  const idleWaiters = useRef<Array<() => void>>([]);
  useEffect(() => {
    running.current = sync.running;
    if (!sync.running) for (const resolve of idleWaiters.current.splice(0)) resolve();
  }, [sync.running]);
  const { cancel } = sync;
  useEffect(() => {
    preparation?.setSyncStopper(() => {
      if (!running.current) return Promise.resolve();
      cancel();
      return new Promise<void>((resolve) => idleWaiters.current.push(resolve));
    });
    return () => preparation?.setSyncStopper(null);
  }, [preparation, cancel]);

  const handle = useCallback(
    async (command: ShellCommand) => {
      switch (command.kind) {
        case 'none':
          return;
        case 'prepare-quit': {
          setNotice({ text: t('desktop.quit.waiting'), busy: true });
          const result = await preparation?.prepare();
          if (result !== undefined) {
            pageLog(
              result.failedDrafts > 0 ? 'warn' : 'info',
              'quit',
              `ready to quit: ${result.drafts - result.failedDrafts} of ${result.drafts} open drafts saved, sync stopped`,
            );
          }
          await callHost('shell:quit-ready', undefined);
          setNotice(null);
          return;
        }
        case 'restore-file':
          await navigate('/settings');
          setNotice({ text: t('desktop.restoreHandoff.notice', { name: command.name }), busy: false });
          return;
        case 'menu':
          switch (command.command) {
            case 'new-visit':
              await navigate('/visits/new');
              return;
            case 'backup':
            case 'restore':
            case 'export':
              await navigate('/settings');
              return;
            case 'print':
              window.print();
              return;
            case 'diagnostics':
              try {
                const { path } = await requestHost('diagnostics:export', await readDiagnostics(db));
                if (path !== null) setNotice({ text: t('desktop.diagnostics.saved', { path }), busy: false });
              } catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                setNotice({ text: t('desktop.diagnostics.failed', { message }), busy: false });
              }
              return;
          }
      }
    },
    [db, navigate, preparation, t],
  );

  useEffect(() => {
    const life = { stopped: false };
    const ended = (): boolean => life.stopped;
    const loop = async () => {
      while (!ended()) {
        const envelope = await callHost('shell:next-command', undefined);
        // A failed call (the host is going away) ends the loop, and so does `none`: a newer page
        // (a reload, another window) took over the wait, and two pages must not take it in turns.
        if (!envelope.ok || ended() || envelope.value.kind === 'none') return;
        await handle(envelope.value).catch((error: unknown) =>
          pageLog('error', 'shell', `command ${envelope.value.kind} failed: ${String(error)}`),
        );
      }
    };
    void loop();
    return () => {
      life.stopped = true;
    };
  }, [handle]);

  if (notice === null) return null;
  return (
    <div className="shell-notice" role="status" aria-label={t('desktop.notice.label')} aria-busy={notice.busy}>
      <p>{notice.text}</p>
      {notice.busy ? null : (
        <button type="button" onClick={() => setNotice(null)}>
          {t('desktop.notice.dismiss')}
        </button>
      )}
    </div>
  );
}
