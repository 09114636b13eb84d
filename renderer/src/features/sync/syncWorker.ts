/// <reference lib="webworker" />
import { openKakehashiDb } from '../../db/database.ts';
import { createSyncRunner } from './syncRunner.ts';
import { serveSyncWorker } from './syncWorkerCore.ts';

// The worker entry: decoding, merging and writing sync batches happen here, off the page's thread.
// It opens its own Dexie instance of the app database; the page's live queries see its writes.

declare const self: DedicatedWorkerGlobalScope;

const runner = openKakehashiDb().then(createSyncRunner);
// A database that cannot open fails each run with its reason; it is not an unhandled rejection.
runner.catch(() => undefined);
serveSyncWorker(self, runner);
