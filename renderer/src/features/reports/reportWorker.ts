/// <reference lib="webworker" />
import { en } from '#shared/i18n/en';
import { ja } from '#shared/i18n/ja';
import { computeReport, reportCoordinators, reportFiscalYears } from '#shared/reports/computeReport';
import { indexReportData } from '#shared/reports/reportIndex';
import { plainTranslator } from '#shared/reports/reportLabels';
import type { Report, ReportData } from '#shared/reports/reportModel';
import { reportWorkbook } from '#shared/reports/reportWorkbook';
import { openKakehashiDb } from '../../db/database.ts';
import type { ReportEvent, ReportRequest } from './reportProtocol.ts';

// The report worker: reads the Dexie tables and counts off the page's thread, so the page keeps drawing.

declare const self: DedicatedWorkerGlobalScope;

const db = openKakehashiDb();
const post = (event: ReportEvent, transfer: Transferable[] = []) => self.postMessage(event, transfer);

async function readData(): Promise<ReportData> {
  const database = await db;
  const [companies, visits, needs, seeds, matches, events] = await Promise.all([
    database.companies.toArray(),
    database.visits.toArray(),
    database.needs.toArray(),
    database.seeds.toArray(),
    database.matches.toArray(),
    database.events.toArray(),
  ]);
  return { companies, visits, needs, seeds, matches, events };
}

// The page needs the values only: the ids (hundreds of thousands in a large year) stay here, so the
// page does not spend frames receiving them; a drill-down asks for one figure's ids.
const withoutIds = (report: Report): Report => ({
  ...report,
  sections: report.sections.map((section) => ({
    ...section,
    tables: section.tables.map((table) => ({
      ...table,
      rows: table.rows.map((row) => ({
        ...row,
        current: { ...row.current, ids: [] },
        previous: { ...row.previous, ids: [] },
      })),
    })),
  })),
});

async function handle(request: ReportRequest): Promise<void> {
  const data = await readData();
  const index = indexReportData(data);
  const { requestId } = request;
  const report = computeReport(index, request.filter, (done, total) =>
    post({ type: 'progress', requestId, done, total }),
  );
  if (request.type === 'records') {
    const row = report.sections
      .flatMap((section) => section.tables)
      .find((table) => table.id === request.tableId)
      ?.rows.find((candidate) => candidate.key === request.key);
    post({ type: 'records', requestId, figure: row === undefined ? null : row[request.side] });
    return;
  }
  if (request.type === 'compute') {
    post({
      type: 'report',
      requestId,
      report: withoutIds(report),
      coordinators: reportCoordinators(data),
      fiscalYears: reportFiscalYears(data),
    });
    return;
  }
  const seedTitles = new Map(index.data.seeds.map((s) => [s.id as string, s.title]));
  const bytes = await reportWorkbook(
    index,
    report,
    {
      t: plainTranslator(request.language === 'ja' ? ja : en),
      companyName: (id) => index.companyById.get(id)?.name ?? '',
      seedTitle: (id) => seedTitles.get(id) ?? '',
    },
    request.language,
  );
  post({ type: 'workbook', requestId, bytes }, [bytes.buffer]);
}

self.addEventListener('message', (event: MessageEvent<ReportRequest>) => {
  handle(event.data).catch((error: unknown) =>
    post({
      type: 'failed',
      requestId: event.data.requestId,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
});
