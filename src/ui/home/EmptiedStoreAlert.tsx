import { FormattedMessage } from '../../i18n/react';

/** The emptied-storage alert's words (see EmptiedStoreNotice), loaded only when assessments went missing. */
export function EmptiedStoreAlert(props: { missing: number; onStartAfresh: () => void }) {
  return (
    <section role="alert" aria-labelledby="emptied-title" className="alert error">
      <h2 id="emptied-title">
        <FormattedMessage defaultMessage="Your assessments are missing from this browser’s storage" description="Home: the browser emptied the storage" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="This device had {count, plural, one {# assessment} other {# assessments}}, but the browser’s storage is now empty. The browser may have cleared this site’s data, or reset its storage after the disk was full. This app did not delete them."
          description="Home: the browser emptied the storage"
          values={{ count: props.missing }}
        />
      </p>
      <p>
        <FormattedMessage defaultMessage="If you have a backup file, restore it now." description="Home: the browser emptied the storage" />
      </p>
      <div className="button-row">
        <a className="button primary" href="#/backup">
          <FormattedMessage defaultMessage="Restore from a backup" description="Home: button to the backup page after the storage was emptied" />
        </a>
        <button
          type="button"
          onClick={props.onStartAfresh}
        >
          <FormattedMessage defaultMessage="Start afresh without them" description="Home: dismiss the emptied-storage notice" />
        </button>
      </div>
    </section>
  );
}
