import { useEffect, useRef } from 'react';

export interface SummaryEntry {
  /** The name of the form field to move to, when there is one. */
  fieldName?: string;
  text: string;
}

/**
 * "There is a problem" at the top of a form after a failed submit: every problem in
 * words, each linked to its field, focused so a screen reader reads it at once.
 */
export function ErrorSummary(props: { entries: readonly SummaryEntry[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.entries.length) ref.current?.focus();
  }, [props.entries]);
  if (!props.entries.length) return null;
  return (
    <div ref={ref} className="alert error" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {props.entries.map((e, i) => (
          <li key={i}>
            {e.fieldName ? (
              <a
                href="#main"
                onClick={(event) => {
                  // Hash routing owns location.hash: move focus by hand.
                  event.preventDefault();
                  document.getElementsByName(e.fieldName!)[0]?.focus();
                }}
              >
                {e.text}
              </a>
            ) : (
              e.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
