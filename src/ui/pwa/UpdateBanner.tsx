import type { ReactNode } from 'react';
import { FormattedMessage } from '../../i18n/react';
import { reloadToUpdate, type WorkerNotice } from './serviceWorker';

/** What the header says about a new version or offline readiness (see serviceWorker.ts). */
export function UpdateBanner(props: { notice: Exclude<WorkerNotice, 'none'>; onDismiss: () => void }) {
  if (props.notice === 'replaced-elsewhere') {
    return (
      <Banner
        message={
          <FormattedMessage
            defaultMessage="A newer version of this app was started in another tab. This tab keeps working as it is; reload it when you are ready."
            description="Header banner: another tab runs a newer version"
          />
        }
      >
        <button type="button" onClick={() => window.location.reload()}>
          <FormattedMessage defaultMessage="Reload this tab" description="Header banner button" />
        </button>
      </Banner>
    );
  }
  if (props.notice === 'update-waiting') {
    return (
      <Banner
        message={
          <FormattedMessage
            defaultMessage="Update available — a new version of this app is ready. Your saved work is kept; the page reloads only when you choose."
            description="Header banner: a new version is waiting"
          />
        }
      >
        <button type="button" className="primary" onClick={() => void reloadToUpdate()}>
          <FormattedMessage defaultMessage="Reload to update" description="Header banner button: switch to the new version" />
        </button>
        <button type="button" onClick={props.onDismiss}>
          <FormattedMessage defaultMessage="Later" description="Header banner button: keep the current version for now" />
        </button>
      </Banner>
    );
  }
  return (
    <Banner
      message={
        <FormattedMessage
          defaultMessage="Ready to work offline: this app now starts and works on this device without a network connection."
          description="Header banner: everything is stored for offline use"
        />
      }
    >
      <button type="button" onClick={props.onDismiss}>
        <FormattedMessage defaultMessage="Hide" description="Header banner button: hide the offline message" />
      </button>
    </Banner>
  );
}

function Banner(props: { message: ReactNode; children: ReactNode }) {
  return (
    <div className="update-banner" role="status">
      <p>{props.message}</p>
      {props.children}
    </div>
  );
}
