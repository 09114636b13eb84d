import { SyncError } from '#shared/sync/syncError';
import { installHostTransport } from '../../host/host.ts';
import { createBridgedHost } from '../../host/hostBridge.ts';
import type { SyncRunner } from './syncRunner.ts';
import type { SyncWorkerEvent, SyncWorkerRequest } from './syncWorkerProtocol.ts';

/** What the worker's core needs: the runner (once the database is open) and a way to answer. */
export type SyncWorkerCoreDeps = Readonly<{
  runner: Promise<SyncRunner>;
  post(event: SyncWorkerEvent): void;
}>;

/** The sync worker's logic without the worker global: runs, cancels, reports progress and outcome. */
export function startSyncWorkerCore(deps: SyncWorkerCoreDeps): {
  handle(request: Exclude<SyncWorkerRequest, { type: 'host' }>): void;
} {
  const running = new Map<number, AbortController>();

  async function run(runId: number, abort: AbortController): Promise<void> {
    try {
      const runner = await deps.runner;
      const report = await runner.run({
        signal: abort.signal,
        onProgress: (progress) => deps.post({ type: 'progress', runId, progress }),
      });
      deps.post({ type: 'done', runId, report });
    } catch (error) {
      const failure =
        error instanceof SyncError
          ? error
          : new SyncError('io-failed', error instanceof Error ? error.message : String(error));
      deps.post({ type: 'failed', runId, code: failure.code, message: failure.message });
    } finally {
      running.delete(runId);
    }
  }

  return {
    handle(request) {
      switch (request.type) {
        case 'run': {
          const abort = new AbortController();
          running.set(request.runId, abort);
          void run(request.runId, abort);
          return;
        }
        case 'cancel':
          running.get(request.runId)?.abort();
          return;
        default:
          assertNever(request);
      }
    },
  };
}

/** The worker global as the wiring needs it (DedicatedWorkerGlobalScope, or a port in tests). */
export type SyncWorkerScope = {
  addEventListener(type: 'message', listener: (event: MessageEvent<SyncWorkerRequest>) => void): void;
  postMessage(event: SyncWorkerEvent): void;
};

/** Wires the core to the worker global: the first message brings the host port, the others runs and cancels. */
export function serveSyncWorker(scope: SyncWorkerScope, runner: Promise<SyncRunner>): void {
  const core = startSyncWorkerCore({ runner, post: (event) => scope.postMessage(event) });
  scope.addEventListener('message', ({ data }) => {
    if (data.type === 'host') installHostTransport(createBridgedHost(data.port));
    else core.handle(data);
  });
}

function assertNever(value: never): never {
  throw new Error(`Unexpected sync worker request: ${JSON.stringify(value)}`);
}
