import type { ColumnMapping } from '#shared/import/importFields';
import type { ImportPlan, PlanOptions } from '#shared/import/importPlan';
import type { ImportRequest, ImportResponse } from './importProtocol.ts';
import type { ReadOutcome, TextEncodingName } from './readSpreadsheet.ts';

/** The page's side of the import worker. */
export type ImportClient = Readonly<{
  read(
    file: Readonly<{ bytes: Uint8Array; fileName: string; encoding?: TextEncodingName; sheet?: string }>,
    onProgress: (done: number, total: number) => void,
  ): Promise<ReadOutcome>;
  plan(mapping: ColumnMapping, options: PlanOptions): Promise<ImportPlan>;
  dispose(): void;
}>;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = {
  resolve(value: ImportResponse): void;
  reject(error: Error): void;
  progress?: (d: number, t: number) => void;
};

/** Starts the import worker. */
export function createImportClient(): ImportClient {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
  const pending = new Map<number, Pending>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (waiting === undefined) return;
    if (response.type === 'progress') {
      waiting.progress?.(response.done, response.total);
      return;
    }
    pending.delete(response.id);
    if (response.type === 'failed') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  };
  const send = (request: WithoutId<ImportRequest>, progress?: Pending['progress']) =>
    new Promise<ImportResponse>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject, ...(progress === undefined ? {} : { progress }) });
      worker.postMessage({ ...request, id });
    });
  return {
    async read(file, onProgress) {
      const response = await send({ type: 'read', ...file }, onProgress);
      if (response.type !== 'read') throw new Error('unexpected answer of the import worker');
      return response.outcome;
    },
    async plan(mapping, options) {
      const response = await send({ type: 'plan', mapping, options });
      if (response.type !== 'plan') throw new Error('unexpected answer of the import worker');
      return response.plan;
    },
    dispose: () => worker.terminate(),
  };
}
