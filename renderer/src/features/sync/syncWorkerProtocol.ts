import type { SyncProgress, SyncReport } from '#shared/sync/progress';
import type { SyncErrorCode } from '#shared/sync/syncError';

// Messages between the page and the sync worker. Structured clone carries them; keep them plain.

/** What the page asks the sync worker. */
export type SyncWorkerRequest =
  /** The port over which the worker reaches the host through the page (sent once, first). */
  | Readonly<{ type: 'host'; port: MessagePort }>
  | Readonly<{ type: 'run'; runId: number }>
  /** Stops the run at its next check (between files, never inside a transaction). */
  | Readonly<{ type: 'cancel'; runId: number }>;

/** What the sync worker tells the page. */
export type SyncWorkerEvent =
  | Readonly<{ type: 'progress'; runId: number; progress: SyncProgress }>
  | Readonly<{ type: 'done'; runId: number; report: SyncReport }>
  /** A failed or cancelled run: the SyncError's code survives the boundary so the screen's text is the same. */
  | Readonly<{ type: 'failed'; runId: number; code: SyncErrorCode; message: string }>;
