import { useEffect, useId, useRef, type ReactNode } from 'react';
import { FormattedMessage } from '../../i18n/react';

/**
 * A modal built on the native <dialog>: focus is trapped and restored by the
 * browser, Escape cancels, and screen readers announce it as a dialog.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  extraAction?: { label: string; onClick: () => void };
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal?.();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  if (!props.open) return null;
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={props.onCancel} className="dialog">
      <h2 id={titleId}>{props.title}</h2>
      <div className="dialog-body">{props.children}</div>
      <div className="button-row">
        <button type="button" className={props.danger ? 'danger' : 'primary'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        {props.extraAction && (
          <button type="button" onClick={props.extraAction.onClick}>
            {props.extraAction.label}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {props.cancelLabel ?? <FormattedMessage defaultMessage="Cancel" description="Dialog button that closes it without doing anything" />}
        </button>
      </div>
    </dialog>
  );
}
