import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HostCallError, requestHost } from '../../host/host.ts';
import { filterLabel, reportYearLabel } from '#shared/reports/reportLabels';
import { loadHandoutFonts } from '../handout/handoutFonts.ts';
import { ReportTableView, useReportFilter, useReportLabels } from './ReportPage.tsx';
import { paramsOfFilter } from './reportUrl.ts';
import { useReport } from './useReport.ts';
import './reportPrint.css';

type SaveState = Readonly<
  { state: 'idle' | 'saving' } | { state: 'saved'; path: string } | { state: 'failed'; detail: string }
>;

/**
 * `#/print/report?fy=…`: the whole report on A4 pages for the council's papers, in Noto Sans JP
 * (embedded in the PDF). `data-report-ready` tells printers when the figures and fonts are there.
 */
export function ReportPrintPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'ja';
  const [filter] = useReportFilter();
  const { state } = useReport(filter);
  const labels = useReportLabels();
  const [fontsReady, setFontsReady] = useState(false);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const result = state.kind === 'ready' ? state.result : null;
  const years = {
    current: reportYearLabel(filter.fiscalYear, language),
    previous: reportYearLabel(filter.fiscalYear - 1, language),
  };
  useEffect(() => {
    if (result === null) return;
    let current = true;
    void loadHandoutFonts(document.body.textContent).then(() => {
      if (current) setFontsReady(true);
    });
    return () => {
      current = false;
    };
  }, [result]);
  const ready = result !== null && fontsReady;
  const savePdf = async () => {
    setSave({ state: 'saving' });
    try {
      const { path } = await requestHost('handout:savePdf', {
        fileName: `${t('reports.title')}-${filter.fiscalYear}.pdf`,
      });
      setSave(path === null ? { state: 'idle' } : { state: 'saved', path });
    } catch (error) {
      setSave({ state: 'failed', detail: error instanceof HostCallError ? error.message : String(error) });
    }
  };
  return (
    <div className="report-print" data-report-ready={ready ? 'true' : 'false'}>
      <header className="report-print-toolbar">
        <Link to={`/reports?${paramsOfFilter(filter).toString()}`}>{t('reports.back')}</Link>
        <button type="button" disabled={!ready || save.state === 'saving'} onClick={() => void savePdf()}>
          {t('reports.print')}
        </button>
        <output>
          {save.state === 'saving' ? t('reports.printing') : ''}
          {save.state === 'saved' ? t('reports.printed', { path: save.path }) : ''}
          {save.state === 'failed' ? t('reports.failed', { detail: save.detail }) : ''}
        </output>
      </header>
      <main>
        <h1>
          {t('reports.title')} {filterLabel(filter, labels, language)}
        </h1>
        {result === null ? (
          <p role="status">
            {state.kind === 'computing' ? t('reports.computing', { done: state.done, total: state.total }) : ''}
          </p>
        ) : (
          result.report.sections.map((section) => (
            <section key={section.id} className="report-section" aria-labelledby={`print-${section.id}`}>
              <h2 id={`print-${section.id}`}>{t(`reports.sections.${section.id}`)}</h2>
              {section.tables.map((table) => (
                <ReportTableView key={table.id} table={table} filter={filter} labels={labels} years={years} />
              ))}
            </section>
          ))
        )}
      </main>
    </div>
  );
}
