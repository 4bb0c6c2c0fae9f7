import { useSyncExternalStore } from 'react';
import { lazyPart } from '../common/lazyPart';
import { workerNotice } from './serviceWorker';

const UpdateBanner = lazyPart(() => import('./UpdateBanner').then((m) => m.UpdateBanner));

/** Where the header speaks for the service worker; the banner's code loads when it has something to say. */
export function UpdateNotice() {
  const notice = useSyncExternalStore(workerNotice.subscribe, workerNotice.get);
  return notice === 'none' ? null : <UpdateBanner notice={notice} onDismiss={workerNotice.dismiss} />;
}
