import { FormattedMessage } from '../../i18n/react';
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';

/**
 * Says so when the store is empty but the marker kept outside IndexedDB lists
 * assessments this device had: the browser emptied the store (cleared site data,
 * or reset it after writes failed on a full disk), not the person.
 */
export function EmptiedStoreNotice(props: { total: number }) {
  const services = useServices();
  const empty = props.total === 0;
  const [missing, setMissing] = useState(() => (empty ? (services.local.marker()?.ids.length ?? 0) : 0));
  useEffect(() => {
    if (empty) {
      setMissing(services.local.marker()?.ids.length ?? 0);
      return;
    }
    setMissing(0);
    // Keeps the marker true for assessments stored before it existed, or put back by a
    // restore; read from the keys alone, after the list is drawn.
    let live = true;
    services.assessments.ids().then(
      (stored) => {
        const ids = [...stored].sort();
        if (live && services.local.marker()?.ids.join(',') !== ids.join(',')) services.local.setMarker(ids, services.now().toISOString());
      },
      // The marker stays as it was; the next visit tries again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [empty, props.total, services]);
  if (missing === 0) return null;
  return (
    <section role="alert" aria-labelledby="emptied-title" className="alert error">
      <h2 id="emptied-title">
        <FormattedMessage defaultMessage="Your assessments are missing from this browser’s storage" description="Home: the browser emptied the storage" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="This device had {count, plural, one {# assessment} other {# assessments}}, but the browser’s storage is now empty. The browser may have cleared this site’s data, or reset its storage after the disk was full. This app did not delete them."
          description="Home: the browser emptied the storage"
          values={{ count: missing }}
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
          onClick={() => {
            services.local.setMarker([], services.now().toISOString());
            setMissing(0);
          }}
        >
          <FormattedMessage defaultMessage="Start afresh without them" description="Home: dismiss the emptied-storage notice" />
        </button>
      </div>
    </section>
  );
}
