import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the action runs: both buttons wait. */
  busy?: boolean;
}

/**
 * "Are you sure?" before an action with consequences for everyone, as a modal <dialog>: the
 * browser keeps focus inside and Escape cancels. Focus starts on "cancel", the safe choice,
 * and goes back to the button that opened it when it closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="oogo-dialog"
      aria-labelledby={titleId}
      // Escape: the same as "cancel", and React stays the one who opens and closes it.
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <Heading2 id={titleId} className="oogo-dialog__title">
        {title}
      </Heading2>
      {children}
      <ButtonGroup className="oogo-dialog__actions">
        <Button appearance="primary-action-button" onClick={onConfirm} busy={busy} disabled={busy}>
          {confirmLabel}
        </Button>
        <Button
          ref={cancelRef}
          appearance="secondary-action-button"
          onClick={onCancel}
          disabled={busy}
        >
          {cancelLabel}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
