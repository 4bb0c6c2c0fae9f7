import { FormattedMessage } from '../../i18n/react';
import type { AppSettings } from '../../domain/settings';

/** The repair notice's words (see RepairNotice), loaded only when there was a repair. */
export function RepairedList(props: { repaired: AppSettings['repairNotice']; onDismiss: () => void }) {
  return (
    <section className="alert warning" aria-labelledby="repair-notice-title">
      <h2 id="repair-notice-title">
        <FormattedMessage defaultMessage="Text repaired when this version opened your data" description="Home: notice after a database upgrade repaired text" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="These assessments held text that could display in a different order than it was stored (hidden direction controls), control characters, text made only of invisible characters, or evidence links that were not web addresses. They were removed, or the links kept as plain text in the evidence description; everything else is unchanged, and each repair is recorded in the assessment's change trail."
          description="Home: notice after a database upgrade repaired text"
        />
      </p>
      <ul>
        {props.repaired.map((r) => (
          <li key={r.id}>
            <FormattedMessage
              defaultMessage="{name}: {count, plural, one {# change} other {# changes}}"
              description="Home: how many repairs were made in one assessment"
              values={{ name: <bdi>{r.productName}</bdi>, count: r.changes }}
            />
          </li>
        ))}
      </ul>
      <button type="button" onClick={props.onDismiss}>
        <FormattedMessage defaultMessage="Dismiss" description="Button that hides a notice" />
      </button>
    </section>
  );
}
