import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictsView } from './ConflictsView.tsx';
import { DevicesAndProblems } from './DevicesAndProblems.tsx';
import { SyncStatus } from './SyncStatus.tsx';
import { TargetForm } from './TargetForm.tsx';

/** 同期: target, sync now with progress, devices, conflicts and files on hold. */
export function SyncPage(): ReactNode {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.sync')}</h1>
      <p>{t('pages.sync.intro')}</p>
      <SyncStatus />
      <ConflictsView />
      <DevicesAndProblems />
      <TargetForm />
    </section>
  );
}
