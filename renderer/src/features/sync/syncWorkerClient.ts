import type { SyncProgress, SyncReport } from '#shared/sync/progress';
import { SyncError } from '#shared/sync/syncError';
import type { HostTransport } from '../../host/host.ts';
import { serveHostBridge } from '../../host/hostBridge.ts';
import type { SyncRunner } from './syncRunner.ts';
import type { SyncWorkerEvent, SyncWorkerRequest } from './syncWorkerProtocol.ts';

/** The worker the client talks to: a Worker, or a stand-in in tests. */
export type SyncWorkerPort = {
  postMessage(message: SyncWorkerRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SyncWorkerEvent>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
};

/** The page's side of the sync worker: a `SyncRunner` whose runs happen in the worker. */
export type SyncWorkerClient = SyncRunner & Readonly<{ dispose(): void }>;

type PendingRun = {
  resolve(report: SyncReport): void;
  reject(error: SyncError): void;
  onProgress: ((progress: SyncProgress) => void) | undefined;
};

/**
 * Wraps a sync worker: serves its host calls through `host` (the page's `window.host`) over a
 * MessageChannel, forwards cancel, and turns the worker's events back into progress, a report or a
 * SyncError with the same code.
 */
export function createSyncWorkerClient(worker: SyncWorkerPort, host: HostTransport): SyncWorkerClient {
  const channel = new MessageChannel();
  const stopServing = serveHostBridge(channel.port1, host);
  worker.postMessage({ type: 'host', port: channel.port2 }, [channel.port2]);
  const runs = new Map<number, PendingRun>();
  let nextRun = 0;

  const failAll = (error: SyncError) => {
    for (const run of runs.values()) run.reject(error);
    runs.clear();
  };

  worker.addEventListener('message', ({ data }: MessageEvent<SyncWorkerEvent>) => {
    const run = runs.get(data.runId);
    if (run === undefined) return;
    switch (data.type) {
      case 'progress':
        run.onProgress?.(data.progress);
        return;
      case 'done':
        runs.delete(data.runId);
        run.resolve(data.report);
        return;
      case 'failed':
        runs.delete(data.runId);
        run.reject(new SyncError(data.code, data.message));
        return;
      default:
        assertNever(data);
    }
  });
  // The worker script failed to load or threw at the top level: no run can finish.
  worker.addEventListener('error', () => failAll(new SyncError('io-failed', 'the sync worker stopped')));

  return {
    run({ signal, onProgress }) {
      nextRun += 1;
      const runId = nextRun;
      return new Promise<SyncReport>((resolve, reject) => {
        runs.set(runId, { resolve, reject, onProgress });
        worker.postMessage({ type: 'run', runId }, []);
        if (signal === undefined) return;
        const cancel = () => worker.postMessage({ type: 'cancel', runId }, []);
        if (signal.aborted) cancel();
        else signal.addEventListener('abort', cancel, { once: true });
      });
    },
    dispose() {
      failAll(new SyncError('cancelled', 'the sync worker was closed'));
      stopServing();
      worker.terminate();
    },
  };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected sync worker event: ${JSON.stringify(value)}`);
}
