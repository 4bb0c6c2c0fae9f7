import { useEffect, useState } from 'react';
import { formatBytes, readStorageState, requestPersistence, type StorageState } from './deviceStorage';

/**
 * "Storage on this device": whether the browser promised to keep the data, how much
 * space it uses and how much is left, and where to make a backup. Once at least one
 * assessment is stored, it asks the browser to keep the data (once per page).
 */
export function StorageStatus({ hasAssessments }: { hasAssessments: boolean }) {
  const [state, setState] = useState<StorageState | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () => readStorageState().then((s) => live && setState(s));
    if (hasAssessments) void requestPersistence().then(refresh);
    else void refresh();
    return () => {
      live = false;
    };
  }, [hasAssessments]);

  if (!state) return null;
  return (
    <section className="storage-status panel" aria-labelledby="storage-status-title">
      <h2 id="storage-status-title">Storage on this device</h2>
      <p>{persistenceText(state.persisted, hasAssessments)}</p>
      {state.usageBytes !== null && state.quotaBytes !== null && (
        <p>
          Used: {formatBytes(state.usageBytes)}. Free for this app: about {formatBytes(Math.max(0, state.quotaBytes - state.usageBytes))} (this
          browser allows it {formatBytes(state.quotaBytes)} in all).
        </p>
      )}
      <p>
        <a href="#/backup">Back up or restore all assessments</a>
      </p>
    </section>
  );
}

function persistenceText(persisted: boolean | null, hasAssessments: boolean): string {
  if (persisted === true) {
    return 'This browser has agreed to keep your assessments: it will not clear them to free space. They are still only on this device, so keep backups in case it is lost or the browser is reset.';
  }
  if (persisted === null) {
    return 'This browser cannot say whether it will keep your assessments. It may clear them when space runs low — keep backups.';
  }
  return hasAssessments
    ? 'This browser has not promised to keep your assessments: it may clear them when space runs low, or after a long time without a visit. Keep backups.'
    : 'Your assessments will be stored only in this browser, which may clear them when space runs low. Keep backups.';
}
