/** Saves pending work of one open form (a visit's autosave flush). */
export type DraftSaver = () => Promise<void>;

/** What the page does before the app quits: every open draft saved, then sync stopped between batches. */
export type QuitPreparation = Readonly<{
  /** Registers an open form's saver; returns the function that removes it again. */
  registerDraftSaver(saver: DraftSaver): () => void;
  /** Sets how to stop sync: let the batch in flight finish (or stop cleanly) and resolve when idle. */
  setSyncStopper(stop: (() => Promise<void>) | null): void;
  /** Runs the preparation; failures of one saver do not keep the others from saving. */
  prepare(): Promise<{ drafts: number; failedDrafts: number }>;
}>;

/**
 * The page's side of safe quit. Drafts are saved first, so what was typed last is in the database
 * (and its outbox) before sync stops; sync then stops at a batch boundary, since a batch and its
 * cursor are written in one transaction.
 */
export function createQuitPreparation(): QuitPreparation {
  const savers = new Set<DraftSaver>();
  let stopSync: (() => Promise<void>) | null = null;
  return {
    registerDraftSaver(saver) {
      savers.add(saver);
      return () => savers.delete(saver);
    },
    setSyncStopper(stop) {
      stopSync = stop;
    },
    async prepare() {
      const results = await Promise.allSettled([...savers].map((save) => save()));
      await stopSync?.();
      return { drafts: results.length, failedDrafts: results.filter((result) => result.status === 'rejected').length };
    },
  };
}
