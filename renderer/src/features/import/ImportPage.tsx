import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Company } from '#shared/domain/company';
import { importTargets, guessMapping, type ColumnTarget } from '#shared/import/importFields';
import { issueMessage } from '#shared/import/importIssues';
import type { DuplicateAction, ImportPlan } from '#shared/import/importPlan';
import { collectPostalCodes } from '#shared/import/postalCodesOf';
import type { PostalPlace } from '#shared/master/postalCodes';
import { companyKinds, type CompanyKind } from '#shared/master/vocabularies';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { applyImport, listImports, undoImport, type ImportLog } from './applyImport.ts';
import { createImportClient, type ImportClient } from './importClient.ts';
import { readRememberedMapping, rememberMapping } from './importMappings.ts';
import { lookupPostalCodes } from './lookupPostalCodes.ts';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { textEncodings, type ReadFailure, type ReadSuccess, type TextEncodingName } from './readSpreadsheet.ts';
import './import.css';

type Picked = Readonly<{ name: string; bytes: Uint8Array }>;
type Status =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'busy'; text: string }>
  | Readonly<{ kind: 'done'; text: string }>
  | Readonly<{ kind: 'failed'; text: string }>;

const columnLetter = (index: number): string =>
  index < 26 ? String.fromCharCode(65 + index) : columnLetter(Math.floor(index / 26) - 1) + columnLetter(index % 26);

function useImportClient(): ImportClient | null {
  const [client, setClient] = useState<ImportClient | null>(null);
  useEffect(() => {
    const created = createImportClient();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- publishing the worker this effect started
    setClient(created);
    return () => created.dispose();
  }, []);
  return client;
}

/** 企業一覧の取り込み: a CSV/XLSX file → column mapping → checked preview → one all-or-nothing write. */
export function ImportPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'ja';
  const db = useDatabase();
  const repos = useRepositories();
  const client = useImportClient();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [read, setRead] = useState<ReadSuccess | null>(null);
  const [failure, setFailure] = useState<ReadFailure | null>(null);
  const [encoding, setEncoding] = useState<TextEncodingName | undefined>(undefined);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<ColumnTarget[]>([]);
  const [remembered, setRemembered] = useState(false);
  const [kindMap, setKindMap] = useState<Record<string, CompanyKind>>({});
  const [decisions, setDecisions] = useState<Record<number, DuplicateAction>>({});
  const [existing, setExisting] = useState<Company[]>([]);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  // False while the plan shown covers only the first rows.
  const [complete, setComplete] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [history, setHistory] = useState<ImportLog[]>([]);
  const places = useRef<Record<string, readonly PostalPlace[]>>({});
  const fileInput = useRef<HTMLInputElement>(null);

  const refreshHistory = () => void listImports(db).then(setHistory);

  useEffect(refreshHistory, [db]);

  // Reading (again, when the encoding or sheet changes).
  useEffect(() => {
    if (client === null || picked === null) return;
    const run = { live: true };
    const live = () => run.live;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the reading status belongs to the read this effect starts
    setStatus({ kind: 'busy', text: t('import.reading', { file: picked.name, done: 0, total: '…' }) });
    void (async () => {
      const outcome = await client.read(
        {
          bytes: picked.bytes,
          fileName: picked.name,
          ...(encoding === undefined ? {} : { encoding }),
          ...(sheet === undefined ? {} : { sheet }),
        },
        (done, total) =>
          run.live && setStatus({ kind: 'busy', text: t('import.reading', { file: picked.name, done, total }) }),
      );
      if (!live()) return;
      if (!outcome.ok) {
        setRead(null);
        setPlan(null);
        setFailure(outcome.error);
        setStatus({ kind: 'idle' });
        return;
      }
      const memory = await readRememberedMapping(db, outcome.value.table.headers);
      setExisting(await repos.companies.list());
      if (!live()) return;
      setFailure(null);
      setRead(outcome.value);
      setMapping(memory?.mapping ?? guessMapping(outcome.value.table.headers));
      setKindMap(memory?.kindMap ?? {});
      setRemembered(memory !== null);
      setDecisions({});
    })();
    return () => {
      run.live = false;
    };
  }, [client, picked, encoding, sheet, db, repos, t]);

  // Planning whenever the mapping or a decision changes.
  useEffect(() => {
    if (client === null || read === null) return;
    const run = { live: true };
    const live = () => run.live;
    void (async () => {
      const codes = collectPostalCodes(read.table, mapping);
      places.current = await lookupPostalCodes(codes, places.current, (done, total) => {
        if (run.live) setStatus({ kind: 'busy', text: t('import.lookingUp', { done, total }) });
      });
      if (!live()) return;
      setStatus({ kind: 'busy', text: t('import.checking') });
      const next = await client.plan(
        mapping,
        { kindMap, decisions, existing, postalPlaces: places.current },
        (first) => {
          if (live()) {
            setPlan(first);
            setComplete(false);
          }
        },
      );
      if (!live()) return;
      setPlan(next);
      setComplete(true);
      setStatus((current) => (current.kind === 'busy' ? { kind: 'idle' } : current));
    })();
    return () => {
      run.live = false;
    };
  }, [client, read, mapping, kindMap, decisions, existing, t]);

  const reset = () => {
    setPicked(null);
    setRead(null);
    setPlan(null);
    setFailure(null);
    setEncoding(undefined);
    setSheet(undefined);
    if (fileInput.current !== null) fileInput.current.value = '';
  };

  const apply = async () => {
    if (plan === null || read === null || picked === null) return;
    setStatus({ kind: 'busy', text: t('import.applying') });
    try {
      const log = await applyImport(db, repos, plan, picked.name);
      await rememberMapping(db, read.table.headers, { mapping, kindMap });
      reset();
      setStatus({
        kind: 'done',
        text: t('import.applied', { file: log.file, create: log.created.length, update: log.updated.length }),
      });
    } catch (error) {
      setStatus({
        kind: 'failed',
        text: t('import.failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
    refreshHistory();
  };

  const undo = async (id: string) => {
    const outcome = await undoImport(db, repos, id);
    const kept = outcome.kept > 0 ? ` ${t('import.undoKept', { count: outcome.kept })}` : '';
    setStatus({
      kind: 'done',
      text: `${t('import.undone', { removed: outcome.removed, restored: outcome.restored })}${kept}`,
    });
    refreshHistory();
  };

  const failureText = useMemo(() => {
    if (failure === null || picked === null) return null;
    return t(`import.fileErrors.${failure.code}`, {
      file: picked.name,
      reason: 'reason' in failure ? failure.reason : '',
      sheet: 'sheet' in failure ? failure.sheet : '',
      encoding: 'encoding' in failure ? t(`import.encodings.${failure.encoding}`) : '',
    });
  }, [failure, picked, t]);

  const actionable = plan !== null && complete && plan.counts.create + plan.counts.update > 0;

  return (
    <section className="page import-page" aria-labelledby="page-title">
      <PageHeader title={t('import.title')} subtitle={t('import.intro')}>
        <Link className="button" to="/companies">
          {t('nav.companies')}
        </Link>
      </PageHeader>
      <div className="form-row">
        <label className="field-label" htmlFor="import-file">
          {t('import.file')}
        </label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file === undefined) return;
            setEncoding(undefined);
            setSheet(undefined);
            void file.arrayBuffer().then((buffer) => setPicked({ name: file.name, bytes: new Uint8Array(buffer) }));
          }}
        />
      </div>
      <p className="form-status" role="status">
        {status.kind === 'idle' ? '' : status.text}
      </p>
      {failureText !== null && (
        <p className="notice warning" role="alert">
          {failureText}
        </p>
      )}
      {picked !== null && (read !== null || failure?.code === 'badEncoding') && (read?.format ?? 'csv') === 'csv' && (
        <div className="form-row">
          <label className="field-label" htmlFor="import-encoding">
            {t('import.encoding')}
          </label>
          <select
            id="import-encoding"
            value={encoding ?? read?.encoding ?? ''}
            onChange={(event) => setEncoding(event.currentTarget.value as TextEncodingName)}
          >
            {textEncodings.map((name) => (
              <option key={name} value={name}>
                {t(`import.encodings.${name}`)}
              </option>
            ))}
          </select>
          {read?.encoding != null && encoding === undefined && (
            <span className="help">
              {t('import.encodingDetected', { encoding: t(`import.encodings.${read.encoding}`) })}
            </span>
          )}
        </div>
      )}
      {read !== null && read.sheets.length > 1 && (
        <div className="form-row">
          <label className="field-label" htmlFor="import-sheet">
            {t('import.sheet')}
          </label>
          <select id="import-sheet" value={read.sheet ?? ''} onChange={(event) => setSheet(event.currentTarget.value)}>
            {read.sheets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </div>
      )}
      {read !== null && (
        <>
          <p>{t('import.fileSummary', { file: picked?.name ?? '', rows: read.table.rows.length })}</p>
          <section className="panel" aria-labelledby="import-mapping">
            <h2 id="import-mapping">{t('import.mapping')}</h2>
            <p className="help">{t(remembered ? 'import.mappingRemembered' : 'import.mappingHelp')}</p>
            <div className="import-mapping">
              {read.table.headers.map((header, index) => (
                <label key={index} className="field">
                  <span className="field-label">
                    {t('import.column', { column: header, letter: columnLetter(index) })}
                  </span>
                  <select
                    value={mapping[index] ?? 'ignore'}
                    onChange={(event) => {
                      const target = event.currentTarget.value as ColumnTarget;
                      setMapping((current) => current.map((item, i) => (i === index ? target : item)));
                    }}
                  >
                    {(['ignore', ...importTargets] as const).map((target) => (
                      <option key={target} value={target}>
                        {t(`import.targets.${target}`)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </section>
        </>
      )}
      {read !== null && plan !== null && plan.unknownKinds.length > 0 && (
        <section className="panel" aria-labelledby="import-kinds">
          <h2 id="import-kinds">{t('import.kinds')}</h2>
          <p className="help">{t('import.kindsHelp')}</p>
          {plan.unknownKinds.map((word) => (
            <label key={word} className="field">
              <span className="field-label">
                {word === '' ? t('import.kindEmpty') : t('import.kindWord', { word })}
              </span>
              <select
                value={kindMap[word] ?? ''}
                onChange={(event) => {
                  const kind = event.currentTarget.value as CompanyKind;
                  setKindMap((current) => ({ ...current, [word]: kind }));
                }}
              >
                <option value="">{t('import.kindUnset')}</option>
                {companyKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`data.companyKinds.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </section>
      )}
      {read !== null && plan !== null && (
        <>
          <section className="panel" aria-labelledby="import-errors">
            <h2 id="import-errors">{t('import.errorsTitle', { count: plan.errors.length })}</h2>
            {plan.errors.length === 0 ? (
              <p>{t('import.noErrors')}</p>
            ) : (
              <>
                <p className="help">{t('import.errorsHelp')}</p>
                <ul className="plain-list import-errors">
                  {plan.errors.slice(0, 200).map((issue, index) => (
                    <li key={index}>{issueMessage(issue, locale)}</li>
                  ))}
                </ul>
                {plan.errors.length > 200 && (
                  <p className="muted">{t('import.errorsMore', { count: plan.errors.length - 200 })}</p>
                )}
              </>
            )}
          </section>
          <ImportPreview
            plan={plan}
            decisions={decisions}
            onDecide={(row, action) => setDecisions((current) => ({ ...current, [row]: action }))}
          />
          <p role="status">{t('import.summary', { ...plan.counts, errors: plan.counts.errors })}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              disabled={!actionable || status.kind === 'busy'}
              onClick={() => void apply()}
            >
              {t('import.apply')}
            </button>
            <button type="button" className="button" onClick={reset}>
              {t('import.cancel')}
            </button>
          </div>
          {!actionable && <p className="muted">{t('import.nothingToImport')}</p>}
        </>
      )}
      <ImportHistory imports={history} onUndo={(id) => void undo(id)} />
    </section>
  );
}
