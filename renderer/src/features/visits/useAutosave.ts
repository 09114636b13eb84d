import { useCallback, useEffect, useRef } from 'react';
import { useDraftSaverForQuit } from '../../app/QuitPreparationContext.tsx';

/** What the visit form gets from `useAutosave`. */
export type Autosave = Readonly<{
  /** Marks the form changed: saves after `delayMs` without further changes. */
  schedule(): void;
  /** Saves now if anything changed since the last save. */
  flush(): Promise<void>;
  /** Runs a task after every save already queued (so a finalise never races an autosave). */
  run(task: () => Promise<void>): Promise<void>;
}>;

/**
 * Debounced saving that also saves when the window is hidden or closed (visibilitychange,
 * pagehide), when the component goes away and before the app quits. Saves run one at a time, in order.
 */
export function useAutosave(save: () => Promise<void>, delayMs = 500): Autosave {
  const saveRef = useRef(save);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const run = useCallback((task: () => Promise<void>) => {
    // A failed task reports itself; the queue goes on.
    const next = chain.current.then(task).catch(() => undefined);
    chain.current = next;
    return next;
  }, []);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    if (!pending.current) return chain.current;
    pending.current = false;
    return run(() => saveRef.current());
  }, [run]);

  // Quitting the app saves this draft first (the desktop shell waits for it).
  useDraftSaverForQuit(flush);

  const schedule = useCallback(() => {
    pending.current = true;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), delayMs);
  }, [flush, delayMs]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, run };
}
