import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { HostError } from '#shared/contract/envelope';
import { handoutPageCount, type HandoutLanguage, type HandoutModel } from '#shared/handout/handoutModel';
import { handoutPdfFileName } from '#shared/handout/pdfFileName';
import { HostCallError, requestHost } from '../../host/host.ts';
import { HandoutDocument } from './HandoutDocument.tsx';
import { fitSheets } from './fitSheets.ts';
import { loadHandoutFonts } from './handoutFonts.ts';
import { handoutFiscalYear } from './handoutText.ts';
import { useHandoutModel } from './useHandoutModel.ts';
import './handout.css';

type SaveState =
  | Readonly<{ state: 'idle' }>
  | Readonly<{ state: 'saving' }>
  | Readonly<{ state: 'saved'; path: string }>
  | Readonly<{ state: 'failed'; error: HostError }>;

/** Sets the document's language to the handout's while it is shown, and restores it after. */
function useDocumentLanguage(language: HandoutLanguage): void {
  useEffect(() => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = language;
    return () => {
      document.documentElement.lang = previous;
    };
  }, [language]);
}

/** Fonts first, then fit every page; `ready` flips when the handout may be printed. */
function usePrintReady(model: HandoutModel | null): {
  ref: RefObject<HTMLDivElement | null>;
  ready: boolean;
  overflow: number;
} {
  const ref = useRef<HTMLDivElement | null>(null);
  const [state, setState] = useState<{ model: HandoutModel | null; overflow: number }>({ model: null, overflow: 0 });
  useEffect(() => {
    const root = ref.current;
    if (model === null || root === null) return;
    const run = { cancelled: false };
    const isCancelled = () => run.cancelled;
    void (async () => {
      await loadHandoutFonts(root.textContent);
      if (isCancelled()) return;
      const overflow = fitSheets(root);
      await document.fonts.ready;
      if (!isCancelled()) setState({ model, overflow });
    })();
    return () => {
      run.cancelled = true;
    };
  }, [model]);
  return { ref, ready: model !== null && state.model === model, overflow: state.overflow };
}

function Toolbar({ model, ready }: Readonly<{ model: HandoutModel; ready: boolean }>): ReactNode {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const savePdf = async () => {
    setSave({ state: 'saving' });
    try {
      const { path } = await requestHost('handout:savePdf', {
        fileName: handoutPdfFileName(model.cover.title, model.language),
      });
      setSave(path === null ? { state: 'idle' } : { state: 'saved', path });
    } catch (error) {
      setSave({
        state: 'failed',
        error: error instanceof HostCallError ? error.error : { code: 'handler-failed', message: String(error) },
      });
    }
  };
  const setLanguage = (language: string) => {
    const next = new URLSearchParams(params);
    next.set('lang', language);
    setParams(next);
  };
  return (
    <div className="handout-toolbar" role="toolbar" aria-label={t('handout.preview.toolbar')}>
      <Link to={`/events/${model.eventId}`}>{t('handout.preview.back')}</Link>
      <label>
        {t('handout.preview.language')}{' '}
        <select value={model.language} onChange={(event) => setLanguage(event.target.value)}>
          <option value="ja">{t('languages.ja')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
      </label>
      <span>{t('handout.preview.pages', { count: handoutPageCount(model) })}</span>
      <span className="spacer" />
      <p className="toolbar-status" role="status">
        {save.state === 'saving' && t('handout.preview.saving')}
        {save.state === 'saved' && t('handout.preview.saved', { path: save.path })}
        {save.state === 'failed' && `${t(`errors.host.${save.error.code}`)} ${save.error.message}`}
      </p>
      <button type="button" disabled={!ready || save.state === 'saving'} onClick={() => void savePdf()}>
        {t('handout.preview.savePdf')}
      </button>
      <button type="button" disabled={!ready} onClick={() => window.print()}>
        {t('handout.preview.print')}
      </button>
    </div>
  );
}

function Notices({ model, overflow }: Readonly<{ model: HandoutModel; overflow: number }>): ReactNode {
  const { t: ui } = useTranslation();
  const notices: string[] = [];
  if (overflow > 0) notices.push(ui('handout.preview.overflow', { count: overflow }));
  if (model.programme === null) {
    notices.push(
      ui('handout.preview.noProgramme', { fiscalYear: handoutFiscalYear(model.language, model.fiscalYear) }),
    );
  }
  if (notices.length === 0) return null;
  return (
    <div className="handout-notices">
      {notices.map((notice) => (
        <p key={notice} className="notice warning" role="alert">
          {notice}
        </p>
      ))}
    </div>
  );
}

/**
 * `#/print/handout/<eventId>?lang=en&qr=<url>`: the handout outside the app shell. On screen it is
 * the print preview with a toolbar; printed (Electron's printToPDF, Playwright's page.pdf, or the
 * browser's print) only the A4 pages remain. `data-handout-ready` tells printers when fonts are
 * loaded and every page is fitted.
 */
export function HandoutPrintPage(): ReactNode {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const [params] = useSearchParams();
  const language: HandoutLanguage = params.get('lang') === 'en' ? 'en' : 'ja';
  const loaded = useHandoutModel(eventId, language);
  const model = loaded.status === 'ready' ? loaded.model : null;
  const { ref, ready, overflow } = usePrintReady(model);
  useDocumentLanguage(language);
  useEffect(() => {
    if (model !== null) document.title = t('handout.documentTitle', { title: model.cover.title, lng: language });
  }, [model, language, t]);

  if (loaded.status === 'missing') {
    return (
      <main className="handout-route">
        <p className="notice warning" role="alert">
          {t('handout.preview.notFound')}
        </p>
      </main>
    );
  }
  return (
    <div
      className="handout-route"
      data-handout-ready={ready ? 'true' : 'false'}
      data-handout-overflow={ready ? String(overflow) : undefined}
    >
      {model === null ? (
        <main>
          <p role="status">{t('handout.preview.preparing')}</p>
        </main>
      ) : (
        <>
          <header>
            <Toolbar model={model} ready={ready} />
          </header>
          <main>
            <Notices model={model} overflow={ready ? overflow : 0} />
            <div ref={ref}>
              <HandoutDocument model={model} />
            </div>
          </main>
        </>
      )}
    </div>
  );
}
