import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { planRemoveSamples } from '../../db/sampleRecords.ts';
import { DeleteAction, useCountList } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';

/** サンプルデータを削除: the first-run samples (and what hangs on them) in one step, undoable. */
export function SamplesPanel(): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const run = useOperations();
  const countList = useCountList();
  const removal = useLiveQuery(() => planRemoveSamples(db), [db]);
  if (removal === undefined) return null;
  return (
    <section aria-labelledby="samples-title">
      <h2 id="samples-title">{t('takeBack.samples.title')}</h2>
      <p className="help">{t('takeBack.samples.help')}</p>
      {removal.writes.length === 0 ? (
        <p>{t('takeBack.samples.none')}</p>
      ) : (
        <DeleteAction
          label={t('takeBack.samples.remove')}
          title={t('takeBack.samples.confirmTitle')}
          onConfirm={async () => {
            const current = await planRemoveSamples(db);
            await run({ message: t('takeBack.samples.removed'), writes: current.writes });
          }}
        >
          <p>{countList(removal.counts)}</p>
        </DeleteAction>
      )}
    </section>
  );
}
