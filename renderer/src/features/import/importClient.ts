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
  /** The plan of the whole file; `onPartial` gets the plan of the first rows before it. */
  plan(mapping: ColumnMapping, options: PlanOptions, onPartial?: (plan: ImportPlan) => void): Promise<ImportPlan>;
  dispose(): void;
}>;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = {
  resolve(value: ImportResponse): void;
  reject(error: Error): void;
  progress?: (d: number, t: number) => void;
  partial?: (plan: ImportPlan) => void;
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
    if (response.type === 'partial') {
      waiting.partial?.(response.plan);
      return;
    }
    pending.delete(response.id);
    if (response.type === 'failed') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  };
  const send = (request: WithoutId<ImportRequest>, hooks: Pick<Pending, 'progress' | 'partial'> = {}) =>
    new Promise<ImportResponse>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject, ...hooks });
      worker.postMessage({ ...request, id });
    });
  return {
    async read(file, onProgress) {
      const response = await send({ type: 'read', ...file }, { progress: onProgress });
      if (response.type !== 'read') throw new Error('unexpected answer of the import worker');
      return response.outcome;
    },
    async plan(mapping, options, onPartial) {
      const response = await send(
        { type: 'plan', mapping, options },
        onPartial === undefined ? {} : { partial: onPartial },
      );
      if (response.type !== 'plan') throw new Error('unexpected answer of the import worker');
      return response.plan;
    },
    dispose: () => worker.terminate(),
  };
}
