import type { Report, ReportFilter } from '#shared/reports/reportModel';

/** What the page asks the report worker: a report, or the workbook of a report. */
export type ReportRequest =
  | Readonly<{ type: 'compute'; requestId: number; filter: ReportFilter }>
  | Readonly<{ type: 'workbook'; requestId: number; filter: ReportFilter; language: 'ja' | 'en' }>;

/** What the report worker answers: progress, the report with the filter's choices, a workbook, or a failure. */
export type ReportEvent =
  | Readonly<{ type: 'progress'; requestId: number; done: number; total: number }>
  | Readonly<{
      type: 'report';
      requestId: number;
      report: Report;
      coordinators: readonly string[];
      fiscalYears: readonly number[];
    }>
  | Readonly<{ type: 'workbook'; requestId: number; bytes: Uint8Array<ArrayBuffer> }>
  | Readonly<{ type: 'failed'; requestId: number; message: string }>;
