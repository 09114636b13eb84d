import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { KakehashiEvent } from '#shared/domain/event';
import { planDeleteRecord } from '../../db/recordWrites.ts';
import { DeleteAction } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';

/** この説明会を削除. */
export function EventDelete({ event }: Readonly<{ event: KakehashiEvent }>): ReactNode {
  const { t } = useTranslation();
  const run = useOperations();
  const navigate = useNavigate();
  return (
    <DeleteAction
      label={t('takeBack.event.delete')}
      title={t('takeBack.event.title', { name: event.title })}
      onConfirm={async () => {
        await run({ message: t('takeBack.deleted', { name: event.title }), writes: planDeleteRecord('events', event) });
        await navigate('/events');
      }}
    >
      <p>{t('takeBack.alone')}</p>
    </DeleteAction>
  );
}
