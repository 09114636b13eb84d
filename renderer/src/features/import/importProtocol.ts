import type { ColumnMapping } from '#shared/import/importFields';
import type { ImportPlan, PlanOptions } from '#shared/import/importPlan';
import type { ReadOutcome, TextEncodingName } from './readSpreadsheet.ts';

/** What the page asks the import worker. */
export type ImportRequest =
  | Readonly<{
      type: 'read';
      id: number;
      bytes: Uint8Array;
      fileName: string;
      encoding?: TextEncodingName;
      sheet?: string;
    }>
  | Readonly<{ type: 'plan'; id: number; mapping: ColumnMapping; options: PlanOptions }>;

/** What the import worker answers: progress while reading, then the outcome. */
export type ImportResponse =
  | Readonly<{ type: 'progress'; id: number; done: number; total: number }>
  | Readonly<{ type: 'read'; id: number; outcome: ReadOutcome }>
  | Readonly<{ type: 'plan'; id: number; plan: ImportPlan }>
  /** The plan of the first rows only, sent before the whole file's, so the preview shows at once. */
  | Readonly<{ type: 'partial'; id: number; plan: ImportPlan }>
  | Readonly<{ type: 'failed'; id: number; message: string }>;
