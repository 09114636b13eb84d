import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Need } from '#shared/domain/need';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { planDeleteWithMatches } from '../../db/recordWrites.ts';
import { toDomain } from '../../db/repository.ts';
import { DeleteAction, TakesWith } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';

/** このニーズを削除: the need and its matches with seed sheets. */
export function NeedDelete({ need }: Readonly<{ need: Need }>): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const run = useOperations();
  const navigate = useNavigate();
  const matches = useLiveQuery(
    async () => (await db.matches.where('needId').equals(need.id).toArray()).filter((m) => !m.deleted).map(toDomain),
    [db, need.id],
  );
  return (
    <DeleteAction
      label={t('takeBack.need.delete')}
      title={t('takeBack.need.title', { name: need.title })}
      onConfirm={async () => {
        const writes = planDeleteWithMatches('needs', need, matches ?? []);
        await run({ message: t('takeBack.deleted', { name: need.title }), writes });
        await navigate(`/companies/${need.companyId}`);
      }}
    >
      <TakesWith counts={{ matches: matches?.length ?? 0 }} />
    </DeleteAction>
  );
}
