import type { Problem } from '../../domain';
import { FormattedMessage } from '../../i18n/react';

/** Shows what is wrong and where, as an alert so screen readers announce it at once. */
export function ProblemList(props: { title: string; problems: readonly Problem[]; onDismiss?: () => void }) {
  const shown = props.problems.slice(0, 20);
  return (
    <div role="alert" className="alert error">
      <p>
        <strong>{props.title}</strong>
      </p>
      <ul>
        {/* Where and what, as the domain's checks say it (in English). */}
        {shown.map((p, i) => (
          <li key={i} lang="en" dir="ltr">
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {props.problems.length > shown.length && (
        <p>
          <FormattedMessage
            defaultMessage="{count, plural, one {…and # more problem.} other {…and # more problems.}}"
            description="List of problems found in a file: how many more are not shown"
            values={{ count: props.problems.length - shown.length }}
          />
        </p>
      )}
      {props.onDismiss && (
        <button type="button" onClick={props.onDismiss}>
          <FormattedMessage defaultMessage="Dismiss" description="List of problems found in a file: close it" />
        </button>
      )}
    </div>
  );
}
