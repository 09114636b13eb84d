import type { FieldConflict } from './merge.ts';
import { SyncError } from './syncError.ts';

/** Where a sync is. */
export type SyncPhase = 'journal' | 'seal' | 'upload' | 'pull' | 'done';

/** Progress of a running sync, reported after every file. */
export type SyncProgress = Readonly<{
  phase: SyncPhase;
  files: number;
  filesTotal: number;
  bytes: number;
  records: number;
}>;

/**
 * Why a device's log stopped where it did (each is shown, none is skipped past), what went wrong
 * with an attachment's bytes or a snapshot, or which field values were held aside (`refused`,
 * `newerVersion`). Blob, snapshot and held-value problems never stop a log.
 */
export type LogProblem = Readonly<{
  device: string;
  seq: number;
  kind:
    | 'corrupt'
    | 'gap'
    | 'fork'
    | 'quarantined'
    | 'blobMissing'
    | 'blobWaiting'
    | 'blobCorrupt'
    | 'snapshotCorrupt'
    | 'refused'
    | 'newerVersion';
  detail: string;
  /** The attachment's name (blob problems), the snapshot's key, or the record's name (held values). */
  subject?: string;
  /** Held values: the record's table, its id (a known table) and the fields held. */
  table?: string;
  id?: string;
  fields?: readonly string[];
}>;

/** A device as seen on the target. */
export type DeviceSeen = Readonly<{
  device: string;
  name: string | null;
  lastSeen: string | null;
  lastSeq: number;
}>;

/** What one sync did. */
export type SyncReport = Readonly<{
  sealed: number;
  uploaded: number;
  pulled: number;
  records: number;
  bytes: number;
  /** Attachment blobs downloaded and stored. */
  blobs: number;
  /** The key of the snapshot this sync wrote, or null. */
  snapshot: string | null;
  conflicts: readonly FieldConflict[];
  problems: readonly LogProblem[];
  devices: readonly DeviceSeen[];
}>;

/** Anything with an `aborted` flag (AbortSignal fits). */
export type CancelSignal = Readonly<{ aborted: boolean }>;

/** Throws `cancelled` when the signal has fired; called between files, never inside a transaction. */
export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted === true) throw new SyncError('cancelled', 'sync cancelled');
}

/** Mutable progress counters that report a snapshot on every step. */
export type ProgressTracker = {
  phase: SyncPhase;
  files: number;
  filesTotal: number;
  bytes: number;
  records: number;
  emit(): void;
};

/** Creates the counters for one sync. */
export function createProgressTracker(onProgress: ((progress: SyncProgress) => void) | undefined): ProgressTracker {
  const tracker: ProgressTracker = {
    phase: 'journal',
    files: 0,
    filesTotal: 0,
    bytes: 0,
    records: 0,
    emit() {
      onProgress?.({
        phase: tracker.phase,
        files: tracker.files,
        filesTotal: tracker.filesTotal,
        bytes: tracker.bytes,
        records: tracker.records,
      });
    },
  };
  return tracker;
}
