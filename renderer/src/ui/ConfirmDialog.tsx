import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a confirmation asks and what its buttons say. */
export type ConfirmDialogProps = Readonly<{
  title: string;
  /** Lines that say what goes and what it takes with it. */
  children?: ReactNode;
  confirmLabel: string;
  /** The confirm button waits for a choice inside the dialog. */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}>;

/**
 * A modal confirmation (native `<dialog>` opened with showModal: the page behind is inert, so focus
 * stays inside; Esc cancels). Focus starts on Cancel, and the buttons are plain buttons, so Enter
 * only presses the focused one — a stray Enter never deletes.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  confirmDisabled = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps): ReactNode {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <div className="form-actions">
        <button type="button" ref={cancelRef} className="secondary" onClick={onCancel}>
          {t('takeBack.dialog.cancel')}
        </button>
        <button type="button" className="danger" disabled={confirmDisabled} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
