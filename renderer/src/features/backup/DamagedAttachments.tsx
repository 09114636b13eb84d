import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** An attachment left out because its bytes were damaged, named as the user named it. */
export type DamagedAttachment = Readonly<{ name: string; sha256: string }>;

/** Names each damaged attachment a backup left out (or a restore did not put back), and what to do. */
export function DamagedAttachments({
  damaged,
  restoring,
}: Readonly<{ damaged: readonly DamagedAttachment[]; restoring: boolean }>): ReactNode {
  const { t } = useTranslation();
  if (damaged.length === 0) return null;
  return (
    <div className="notice warning" role="alert" data-damaged-attachments="">
      <ul>
        {damaged.map((item) => (
          <li key={`${item.sha256}/${item.name}`}>
            {t(restoring ? 'data.backup.damagedNotRestored' : 'data.backup.damagedLeftOut', { name: item.name })}
          </li>
        ))}
      </ul>
      <p>{t('data.backup.damagedHelp')}</p>
    </div>
  );
}
