import type { ReactNode } from 'react';
import { FormattedMessage } from '../../i18n/react';

/**
 * The foot of a form that saves on submit: why the last save failed (if it did), the save
 * button, Cancel when the form can be left without saving, and anything else the form adds
 * (a saved note, a delete button). One piece, so every form says a failed save the same way.
 */
export function FormActions(props: { saveLabel: string; busy: boolean; failure?: string | null; onCancel?: () => void; children?: ReactNode }) {
  return (
    <>
      {props.failure && (
        <p role="alert" className="alert error">
          <FormattedMessage defaultMessage="Not saved: {problem}" description="Foot of a form: the save failed (the reason follows)" values={{ problem: props.failure }} />
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.saveLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            <FormattedMessage defaultMessage="Cancel" description="Foot of a form: leave it without saving" />
          </button>
        )}
        {props.children}
      </div>
    </>
  );
}
