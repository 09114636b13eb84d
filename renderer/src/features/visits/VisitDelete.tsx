import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Visit } from '#shared/domain/visit';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { planDeleteRecord } from '../../db/recordWrites.ts';
import { DeleteAction } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';
import { clearBufferedDraft } from './draftBuffer.ts';

/** この下書きを破棄 (a draft) or この訪問記録を削除 (a final visit); pending typing is saved first. */
export function VisitDelete({
  visit,
  companyName,
  flush,
}: Readonly<{ visit: Visit; companyName: string; flush: () => Promise<void> }>): ReactNode {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const run = useOperations();
  const navigate = useNavigate();
  const draft = visit.state === 'draft';
  const name = companyName;
  return (
    <DeleteAction
      label={t(draft ? 'takeBack.visit.discard' : 'takeBack.visit.delete')}
      title={t(draft ? 'takeBack.visit.discardTitle' : 'takeBack.visit.title', { name })}
      {...(draft ? { confirmLabel: t('takeBack.visit.discardConfirm') } : {})}
      onConfirm={async () => {
        await flush();
        clearBufferedDraft(visit.id);
        const current = (await repositories.visits.get(visit.id)) ?? visit;
        const message = draft ? t('takeBack.discarded') : t('takeBack.deleted', { name: `${name} ${visit.date}` });
        await run({ message, writes: planDeleteRecord('visits', current) });
        await navigate(`/companies/${visit.companyId}`);
      }}
    >
      <p>{t('takeBack.alone')}</p>
    </DeleteAction>
  );
}
