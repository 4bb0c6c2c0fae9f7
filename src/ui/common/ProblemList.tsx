import type { Problem } from '../../domain';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { problemPath, problemText } from '../../words/problems';

/** Shows what is wrong and where, as an alert so screen readers announce it at once. */
export function ProblemList(props: { title: string; problems: readonly Problem[]; onDismiss?: () => void }) {
  const intl = useIntl();
  const shown = props.problems.slice(0, 20);
  return (
    <div role="alert" className="alert error">
      <p>
        <strong>{props.title}</strong>
      </p>
      <ul>
        {/* Where (field names as the file holds them, isolated) and what, in the chosen language. */}
        {shown.map((p, i) => (
          <li key={i}>
            {p.path ? (
              <FormattedMessage
                defaultMessage="{path}: {problem}"
                description="List of problems found in a file: where the problem is (field names as the file holds them), then what it is"
                values={{
                  path: (
                    <bdi>
                      <code dir="ltr">{problemPath(p.path)}</code>
                    </bdi>
                  ),
                  problem: problemText(intl, p),
                }}
              />
            ) : (
              problemText(intl, p)
            )}
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
