import { storageMessage } from './storageMessages';

/**
 * A screen for when this browser's storage cannot be read or written at all:
 * what happened in plain words, what to do, and the browser's own words folded away.
 */
export function StorageProblem(props: { title: string; cause: unknown; onRetry?: () => void }) {
  const message = storageMessage(props.cause);
  return (
    <section role="alert" aria-labelledby="storage-problem-title" className="alert error">
      <h1 id="storage-problem-title">{props.title}</h1>
      <p>The reason: {message.problem}</p>
      <p>{message.advice}</p>
      <p>Nothing stored earlier has been changed or deleted by this.</p>
      <div className="button-row">
        {props.onRetry && (
          <button type="button" className="primary" onClick={props.onRetry}>
            Try again
          </button>
        )}
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
      <details>
        <summary>Technical details</summary>
        <p>{message.detail}</p>
      </details>
    </section>
  );
}
