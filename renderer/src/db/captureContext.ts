import type { HlcClock } from '#shared/sync/hlc';

/**
 * What the capture middleware shares with the database that owns it. A field, not a module
 * singleton: every database instance (window, worker, test) has its own.
 */
export type CaptureContext = {
  /** The device's clock, set once `_meta` was read when the database opened. */
  clock: HlcClock | null;
  /** IndexedDB transactions whose writes are not captured (applying remote changes, restore). */
  readonly uncaptured: WeakSet<object>;
};

/** Creates an empty capture context. */
export function createCaptureContext(): CaptureContext {
  return { clock: null, uncaptured: new WeakSet() };
}
