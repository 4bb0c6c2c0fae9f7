import { useEffect, useId, useRef } from 'react';
import { defineMessage } from '../../i18n/format';
import { FormattedMessage } from '../../i18n/react';

/** One summary line: the field's name, then what is wrong with it. */
export const FIELD_PROBLEM = defineMessage({ defaultMessage: '{field}: {problem}', description: 'Error summary line: a form field’s name, then its problem' });

export interface SummaryEntry {
  /** The name of the form field to move to, when there is one. */
  fieldName?: string;
  text: string;
}

/**
 * "There is a problem" at the top of a form after a failed submit: every problem in
 * words, each linked to its field, focused so a screen reader reads it at once.
 */
export function ErrorSummary(props: { entries: readonly SummaryEntry[]; /** Below the page's own headings, e.g. 4 inside a question's card. */ headingLevel?: 2 | 3 | 4 }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 2}` as const;
  useEffect(() => {
    if (props.entries.length) ref.current?.focus();
  }, [props.entries]);
  if (!props.entries.length) return null;
  return (
    <div ref={ref} className="alert error" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <Heading id={titleId}>
        <FormattedMessage defaultMessage="There is a problem" description="Heading of the list of problems at the top of a form" />
      </Heading>
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
