import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import { lazyPart } from '../common/lazyPart';

const EmptiedStoreAlert = lazyPart(() => import('./EmptiedStoreAlert').then((m) => m.EmptiedStoreAlert));

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
    <EmptiedStoreAlert
      missing={missing}
      onStartAfresh={() => {
        services.local.setMarker([], services.now().toISOString());
        setMissing(0);
      }}
    />
  );
}
