import { TechnicalDetails } from './TechnicalDetails';
import { storageMessage } from './storageMessages';
import { FormattedMessage, useIntl } from '../../i18n/react';

/**
 * A screen for when this browser's storage cannot be read or written at all:
 * what happened in plain words, what to do, and the browser's own words folded away.
 */
export function StorageProblem(props: { title: string; cause: unknown; onRetry?: () => void }) {
  const intl = useIntl();
  const message = storageMessage(props.cause, intl);
  return (
    <section role="alert" aria-labelledby="storage-problem-title" className="alert error">
      <h1 id="storage-problem-title">{props.title}</h1>
      <p>
        <FormattedMessage defaultMessage="The reason: {problem}" description="Storage problem screen: what went wrong (a lower-case sentence follows)" values={{ problem: message.problem }} />
      </p>
      <p>{message.advice}</p>
      <p>
        <FormattedMessage defaultMessage="Nothing stored earlier has been changed or deleted by this." description="Storage problem screen: reassurance that stored work is safe" />
      </p>
      <div className="button-row">
        {props.onRetry && (
          <button type="button" className="primary" onClick={props.onRetry}>
            <FormattedMessage defaultMessage="Try again" description="Storage problem screen: retry button" />
          </button>
        )}
        <button type="button" onClick={() => window.location.reload()}>
          <FormattedMessage defaultMessage="Reload the page" description="Storage problem screen: reload button" />
        </button>
      </div>
      <TechnicalDetails detail={message.detail} />
    </section>
  );
}
