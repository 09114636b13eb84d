import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Seed } from '#shared/domain/seed';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { planDeleteWithMatches } from '../../db/recordWrites.ts';
import { toDomain } from '../../db/repository.ts';
import { DeleteAction, TakesWith } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';

/** このシーズシートを削除: the sheet and its matches with needs. */
export function SeedDelete({ seed }: Readonly<{ seed: Seed }>): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const run = useOperations();
  const navigate = useNavigate();
  const matches = useLiveQuery(
    async () => (await db.matches.where('seedId').equals(seed.id).toArray()).filter((m) => !m.deleted).map(toDomain),
    [db, seed.id],
  );
  return (
    <DeleteAction
      label={t('takeBack.seed.delete')}
      title={t('takeBack.seed.title', { name: seed.title })}
      onConfirm={async () => {
        const current = (await db.seeds.get(seed.id)) ?? seed;
        const writes = planDeleteWithMatches('seeds', current, matches ?? []);
        await run({ message: t('takeBack.deleted', { name: seed.title }), writes });
        await navigate('/seeds');
      }}
    >
      <TakesWith counts={{ matches: matches?.length ?? 0 }} />
    </DeleteAction>
  );
}
