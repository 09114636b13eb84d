import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { applyWrites } from '../../db/applyWrites.ts';
import { invertWrites, type RecordWrite } from '../../db/recordWrites.ts';

/** An operation the user can take back: what it says it did and the writes it made. */
export type Operation = Readonly<{ message: string; writes: readonly RecordWrite[] }>;

type LastOperation = Readonly<{ message: string; writes: readonly RecordWrite[] | null }>;

type UndoState = Readonly<{
  /** Applies an operation's writes in one transaction and offers to undo it. */
  run(operation: Operation): Promise<void>;
  last: LastOperation | null;
  undo(): Promise<void>;
}>;

const UndoContext = createContext<UndoState | null>(null);

/** Keeps the last delete or merge so that it can be undone right after (the undo syncs like any write). */
export function UndoProvider({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const [last, setLast] = useState<LastOperation | null>(null);

  const run = useCallback(
    async (operation: Operation) => {
      await applyWrites(db, operation.writes);
      setLast({ message: operation.message, writes: operation.writes });
    },
    [db],
  );
  const undo = useCallback(async () => {
    if (last?.writes == null) return;
    await applyWrites(db, invertWrites(last.writes));
    setLast({ message: t('takeBack.undo.done'), writes: null });
  }, [db, last, t]);

  const value = useMemo(() => ({ run, last, undo }), [run, last, undo]);
  return <UndoContext.Provider value={value}>{children}</UndoContext.Provider>;
}

/** Runs operations that can be undone. */
export function useOperations(): UndoState['run'] {
  const state = useContext(UndoContext);
  if (state === null) throw new Error('useOperations outside UndoProvider');
  return state.run;
}

/** The bar above the page that says what was just done, with 元に戻す. */
export function UndoBar(): ReactNode {
  const { t } = useTranslation();
  const state = useContext(UndoContext);
  if (state?.last == null) return null;
  const { last, undo } = state;
  return (
    <section className="notice undo-bar" aria-label={t('takeBack.undo.region')}>
      <p role="status">{last.message}</p>
      {last.writes !== null && (
        <button type="button" className="secondary" onClick={() => void undo()}>
          {t('takeBack.undo.action')}
        </button>
      )}
    </section>
  );
}
