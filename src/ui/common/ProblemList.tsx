import type { Problem } from '../../domain';

/** Shows what is wrong and where, as an alert so screen readers announce it at once. */
export function ProblemList(props: { title: string; problems: readonly Problem[]; onDismiss?: () => void }) {
  const shown = props.problems.slice(0, 20);
  return (
    <div role="alert" className="alert error">
      <p>
        <strong>{props.title}</strong>
      </p>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {props.problems.length > shown.length && <p>…and {props.problems.length - shown.length} more.</p>}
      {props.onDismiss && (
        <button type="button" onClick={props.onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
