import type { AppLog } from './appLog.ts';

/** What the shell does about a renderer whose process is gone. */
export type RendererGoneAction = 'nothing' | 'offer-reload';

/**
 * A page that exited cleanly (the window closing) needs nothing; any other end — a crash, being
 * killed, running out of memory, failing to launch — offers a reload. The data is in IndexedDB,
 * written in transactions, so a reload finds everything that was saved.
 */
export function rendererGoneAction(reason: string): RendererGoneAction {
  return reason === 'clean-exit' ? 'nothing' : 'offer-reload';
}

/**
 * Handles an error nobody caught in main: it is logged (redacted like every line) and, once there
 * is a screen to show it on, shown; the app keeps running, since main holds no user data.
 */
export function createMainErrorReporter(
  deps: Readonly<{ log: AppLog; canShow: () => boolean; show: (message: string) => void }>,
): (error: unknown) => void {
  return (error) => {
    deps.log.error('main', 'uncaught error', error);
    if (deps.canShow()) deps.show(error instanceof Error ? error.message : String(error));
  };
}
