import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '#shared/domain/attachment';
import { useDatabase } from '../../app/DatabaseProvider.tsx';
import { planDeleteRecord } from '../../db/recordWrites.ts';
import { DeleteAction, useCountList } from '../trash/DeleteAction.tsx';
import { useOperations } from '../trash/UndoProvider.tsx';

/**
 * 添付ファイルを削除: tombstones the attachment's metadata. Visits keep its id, so restoring it (undo,
 * 削除済み) puts it back on every visit it was on; the dialog says when other visits share the file.
 */
export function AttachmentDelete({ attachment }: Readonly<{ attachment: AttachmentMeta }>): ReactNode {
  const { t } = useTranslation();
  const db = useDatabase();
  const run = useOperations();
  const countList = useCountList();
  const visits = useLiveQuery(
    async () =>
      (await db.visits.toArray()).filter((visit) => !visit.deleted && visit.attachmentIds.includes(attachment.id))
        .length,
    [db, attachment.id],
  );
  const others = Math.max(0, (visits ?? 1) - 1);
  return (
    <DeleteAction
      label={t('takeBack.attachment.delete')}
      buttonLabel={t('takeBack.attachment.deleteLabel', { name: attachment.name })}
      title={t('takeBack.attachment.title', { name: attachment.name })}
      onConfirm={() =>
        run({
          message: t('takeBack.deleted', { name: attachment.name }),
          writes: planDeleteRecord('attachments', attachment),
        })
      }
    >
      <p>
        {others > 0 ? t('takeBack.attachment.shared', { list: countList({ visits: others }) }) : t('takeBack.alone')}
      </p>
    </DeleteAction>
  );
}
