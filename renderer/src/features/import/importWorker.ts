// The import's Web Worker: decoding, parsing and checking a file of tens of thousands of rows never
// blocks the page. It keeps the last file's table between a read and the plans made from it.
import { planImport } from '#shared/import/importPlan';
import type { SheetTable } from '#shared/import/importRow';
import type { ImportRequest, ImportResponse } from './importProtocol.ts';
import { readSpreadsheet } from './readSpreadsheet.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
};
let table: SheetTable | null = null;
// As many rows as the preview shows first.
const previewRows = 100;

async function handle(request: ImportRequest): Promise<ImportResponse> {
  if (request.type === 'read') {
    const outcome = await readSpreadsheet({
      bytes: request.bytes,
      fileName: request.fileName,
      ...(request.encoding === undefined ? {} : { encoding: request.encoding }),
      ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
      onProgress: (done, total) => scope.postMessage({ type: 'progress', id: request.id, done, total }),
    });
    table = outcome.ok ? outcome.value.table : null;
    return { type: 'read', id: request.id, outcome };
  }
  if (table === null) return { type: 'failed', id: request.id, message: 'no file has been read' };
  if (table.rows.length > previewRows) {
    const first = { headers: table.headers, rows: table.rows.slice(0, previewRows) };
    scope.postMessage({ type: 'partial', id: request.id, plan: planImport(first, request.mapping, request.options) });
  }
  return { type: 'plan', id: request.id, plan: planImport(table, request.mapping, request.options) };
}

scope.onmessage = (event) => {
  handle(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        id: event.data.id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
