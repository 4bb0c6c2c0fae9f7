import { useEffect, useState } from 'react';
import { formatBytes, readStorageState, requestPersistence, type StorageState } from './deviceStorage';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { LOCALES } from '../../i18n/locales';

const PERSISTENCE = defineMessages({
  kept: {
    defaultMessage:
      'This browser has agreed to keep your assessments: it will not clear them to free space. They are still only on this device, so keep backups in case it is lost or the browser is reset.',
    description: 'Home, storage: the browser granted persistent storage',
  },
  unknown: {
    defaultMessage: 'This browser cannot say whether it will keep your assessments. It may clear them when space runs low — keep backups.',
    description: 'Home, storage: the browser has no storage persistence API',
  },
  refused: {
    defaultMessage:
      'This browser has not promised to keep your assessments: it may clear them when space runs low, or after a long time without a visit. Keep backups.',
    description: 'Home, storage: persistence not granted while assessments are stored',
  },
  empty: {
    defaultMessage: 'Your assessments will be stored only in this browser, which may clear them when space runs low. Keep backups.',
    description: 'Home, storage: persistence not granted, nothing stored yet',
  },
});

/**
 * "Storage on this device": whether the browser promised to keep the data, how much
 * space it uses and how much is left, and where to make a backup. Once at least one
 * assessment is stored, it asks the browser to keep the data (once per page).
 */
export function StorageStatus({ hasAssessments }: { hasAssessments: boolean }) {
  const [state, setState] = useState<StorageState | null>(null);
  const intl = useIntl();
  const tag = LOCALES[intl.locale].intl;

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
      <h2 id="storage-status-title">
        <FormattedMessage defaultMessage="Storage on this device" description="Home: heading of the storage section" />
      </h2>
      <p>{intl.formatMessage(PERSISTENCE[persistence(state.persisted, hasAssessments)])}</p>
      {state.usageBytes !== null && state.quotaBytes !== null && (
        <p>
          <FormattedMessage
            defaultMessage="Used: {used}. Free for this app: about {free} (this browser allows it {quota} in all)."
            description="Home, storage: space used and left; values are sizes such as 12 kB"
            values={{
              used: formatBytes(state.usageBytes, tag),
              free: formatBytes(Math.max(0, state.quotaBytes - state.usageBytes), tag),
              quota: formatBytes(state.quotaBytes, tag),
            }}
          />
        </p>
      )}
      <p>
        <a href="#/backup">
          <FormattedMessage defaultMessage="Back up or restore all assessments" description="Home, storage: link to the backup page" />
        </a>
      </p>
    </section>
  );
}

function persistence(persisted: boolean | null, hasAssessments: boolean): keyof typeof PERSISTENCE {
  if (persisted === true) return 'kept';
  if (persisted === null) return 'unknown';
  return hasAssessments ? 'refused' : 'empty';
}
