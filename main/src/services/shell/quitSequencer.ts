/** What `before-quit` should do with a quit request. */
export type QuitDecision = 'proceed' | 'wait';

/** What the sequencer needs from the app. */
export type QuitSequencerDeps = Readonly<{
  /**
   * Asks the page to save pending drafts and let an in-flight sync finish its batch or stop;
   * resolves when the page says it is done (or when there is no page).
   */
  prepare: () => Promise<void>;
  /** Quits for real (the glue calls `app.quit()` again; `requestQuit` then answers 'proceed'). */
  quit: () => void;
  /** Shows the short notice that the app quits once the page is done. */
  notify: () => void;
  /** Logged when preparing failed or timed out; the app quits all the same. */
  warn: (message: string) => void;
  /** The longest wait for the page (a hung page must not keep the app open). */
  timeoutMs: number;
  setTimer: (callback: () => void, ms: number) => { cancel(): void };
}>;

/** Decides, for every quit request, whether to quit now or wait for the page. */
export type QuitSequencer = Readonly<{
  requestQuit(): QuitDecision;
  readonly state: 'running' | 'preparing' | 'quitting';
}>;

/**
 * The safe-quit sequence. The first request waits for the page (drafts saved, sync stopped between
 * batches) with a notice, at most `timeoutMs`; a second request while waiting quits at once. A
 * batch is applied with its cursor in one IndexedDB transaction, so quitting in the middle of one
 * rolls that batch back whole and the next sync fetches it again: nothing is half-applied.
 */
export function createQuitSequencer(deps: QuitSequencerDeps): QuitSequencer {
  let state: QuitSequencer['state'] = 'running';

  const finish = (): void => {
    if (state === 'quitting') return;
    state = 'quitting';
    deps.quit();
  };

  return {
    get state() {
      return state;
    },
    requestQuit() {
      if (state === 'quitting') return 'proceed';
      if (state === 'preparing') {
        // The user asked twice: do not make them wait for the page any longer.
        finish();
        return 'wait';
      }
      state = 'preparing';
      deps.notify();
      const timer = deps.setTimer(() => {
        deps.warn(`quit: the page did not finish within ${deps.timeoutMs} ms; quitting anyway`);
        finish();
      }, deps.timeoutMs);
      deps
        .prepare()
        .catch((error: unknown) =>
          deps.warn(`quit: preparing failed: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => {
          timer.cancel();
          finish();
        });
      return 'wait';
    },
  };
}
