import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** Counts of what a delete or a merge takes along, by kind. */
export type Counts = Partial<
  Record<'visits' | 'needs' | 'matches' | 'contacts' | 'companies' | 'seeds' | 'programmes', number>
>;

/** 「訪問記録 2件、ニーズ 1件」: the non-zero counts as one list, or '' when there are none. */
export function useCountList(): (counts: Counts) => string {
  const { t } = useTranslation();
  return (counts) =>
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => t(`takeBack.counts.${kind as keyof Counts}`, { count }))
      .join(t('takeBack.listSeparator'));
}

/** What a delete takes with it, as a sentence: 「…も一緒に削除されます。」 or 「これだけが削除されます。」. */
export function TakesWith({ counts }: Readonly<{ counts: Counts }>): ReactNode {
  const { t } = useTranslation();
  const list = useCountList()(counts);
  return <p>{list === '' ? t('takeBack.alone') : t('takeBack.takesWith', { list })}</p>;
}

/**
 * A delete button and its confirmation. `onConfirm` does the delete (through `useOperations`, so it
 * can be undone); the dialog says what goes (`children`) and that the trash keeps it for 30 days.
 */
export function DeleteAction({
  label,
  title,
  confirmLabel,
  children,
  onConfirm,
  buttonLabel,
}: Readonly<{
  label: string;
  title: string;
  confirmLabel?: string;
  children?: ReactNode;
  onConfirm: () => Promise<void>;
  /** An accessible name naming the record, when the visible label does not. */
  buttonLabel?: string;
}>): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" className="secondary" aria-label={buttonLabel} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <ConfirmDialog
          title={title}
          confirmLabel={confirmLabel ?? t('takeBack.dialog.delete')}
          onCancel={() => setOpen(false)}
          onConfirm={() => {
            if (busy) return;
            setBusy(true);
            void onConfirm().finally(() => {
              setBusy(false);
              setOpen(false);
            });
          }}
        >
          {children}
          <p className="muted">{t('takeBack.restoreNote')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
