import { FormattedMessage } from '../../i18n/react';

/**
 * The browser's own words about a failure, folded away: they are English (or whatever the
 * browser says), so they are marked as such and never stand in for the message itself.
 */
export function TechnicalDetails(props: { detail: string }) {
  if (!props.detail) return null;
  return (
    <details className="technical-details">
      <summary>
        <FormattedMessage defaultMessage="Technical details" description="Disclosure with the browser’s own error text" />
      </summary>
      <p lang="en" dir="ltr">
        {props.detail}
      </p>
    </details>
  );
}
