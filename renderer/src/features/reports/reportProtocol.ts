import type { Report, ReportFilter, YearFigure } from '#shared/reports/reportModel';

/** What the page asks the report worker: a report, or the workbook of a report. */
export type ReportRequest =
  | Readonly<{ type: 'compute'; requestId: number; filter: ReportFilter }>
  | Readonly<{ type: 'workbook'; requestId: number; filter: ReportFilter; language: 'ja' | 'en' }>
  | Readonly<{
      type: 'records';
      requestId: number;
      filter: ReportFilter;
      tableId: string;
      key: string;
      side: 'current' | 'previous';
    }>;

/**
 * What the report worker answers: progress, the report with the filter's choices (figures without
 * their record ids, which stay in the worker), a workbook, the records of one figure, or a failure.
 */
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
  | Readonly<{ type: 'records'; requestId: number; figure: YearFigure | null }>
  | Readonly<{ type: 'failed'; requestId: number; message: string }>;
