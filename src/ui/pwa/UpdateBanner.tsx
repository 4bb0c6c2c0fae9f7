import { useEffect, useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { FormattedMessage } from '../../i18n/react';

/** How often a long-open page asks whether a new version was published (it never installs it by itself). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and speaks for it. The page is never reloaded by
 * anything but the person's own click:
 * - a new version waits (no skipWaiting) and shows "Update available"; only
 *   "Reload to update" activates it and reloads this tab;
 * - if another tab activates it, this tab keeps running what it has and says so.
 * The plugin's own reload is switched off (`onNeedReload`): it would reload every
 * open tab when any one of them updates, and it misses the tab that installed the
 * first version (workbox-window does not count that one as an update).
 */
/** How long "Reload to update" waits for the new worker to take over before reloading anyway. */
const RELOAD_FALLBACK_MS = 5_000;

export function UpdateBanner() {
  const reloadRequested = useRef(false);
  const [replacedElsewhere, setReplacedElsewhere] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload: () => undefined,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  useVersionSwitch(reloadRequested, setReplacedElsewhere);

  async function reloadToUpdate() {
    reloadRequested.current = true;
    // The person asked for a reload: if no worker is waiting any more (it already took
    // over), reload now; otherwise activate it, and reload even if its controllerchange
    // never reaches this page (seen in CI), rather than leave the click doing nothing.
    const registration = await navigator.serviceWorker?.getRegistration();
    if (!registration?.waiting) {
      window.location.reload();
      return;
    }
    void updateServiceWorker();
    setTimeout(() => window.location.reload(), RELOAD_FALLBACK_MS);
  }

  if (replacedElsewhere) {
    return (
      <div className="update-banner" role="status">
        <p>
          <FormattedMessage
            defaultMessage="A newer version of this app was started in another tab. This tab keeps working as it is; reload it when you are ready."
            description="Header banner: another tab runs a newer version"
          />
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          <FormattedMessage defaultMessage="Reload this tab" description="Header banner button" />
        </button>
      </div>
    );
  }
  if (needRefresh) {
    return (
      <div className="update-banner" role="status">
        <p>
          <FormattedMessage
            defaultMessage="Update available — a new version of this app is ready. Your saved work is kept; the page reloads only when you choose."
            description="Header banner: a new version is waiting"
          />
        </p>
        <button type="button" className="primary" onClick={() => void reloadToUpdate()}>
          <FormattedMessage defaultMessage="Reload to update" description="Header banner button: switch to the new version" />
        </button>
        <button type="button" onClick={() => setNeedRefresh(false)}>
          <FormattedMessage defaultMessage="Later" description="Header banner button: keep the current version for now" />
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="update-banner" role="status">
        <p>
          <FormattedMessage
            defaultMessage="Ready to work offline: this app now starts and works on this device without a network connection."
            description="Header banner: everything is stored for offline use"
          />
        </p>
        <button type="button" onClick={() => setOfflineReady(false)}>
          <FormattedMessage defaultMessage="Hide" description="Header banner button: hide the offline message" />
        </button>
      </div>
    );
  }
  return null;
}

/**
 * A version switch shows as a change of this page's controlling worker. After the
 * person's own click, that is the moment to reload (the new worker now serves the
 * new files). Otherwise another tab switched versions: say so, never reload.
 * A page's first controller (the very first install) is not a version change.
 */
function useVersionSwitch(reloadRequested: { current: boolean }, report: (replaced: boolean) => void) {
  useEffect(() => {
    const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
    if (!container) return;
    let hadController = Boolean(container.controller);
    const onChange = () => {
      if (reloadRequested.current) window.location.reload();
      else if (hadController) report(true);
      hadController = true;
    };
    container.addEventListener('controllerchange', onChange);
    return () => container.removeEventListener('controllerchange', onChange);
  }, [reloadRequested, report]);
}
