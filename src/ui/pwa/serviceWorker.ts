/**
 * Registers the service worker and keeps what the page should say about it, with no
 * library: the words (UpdateBanner) load only when there is something to say, so the
 * first screen carries a few hundred bytes for this instead of workbox-window's.
 *
 * The page is never reloaded by anything but the person's own click:
 * - the first worker installs, precaches everything and says "ready to work offline";
 * - a new version waits (the worker never skips waiting by itself) and the page says
 *   "update available"; only "Reload to update" tells the waiting worker to take over
 *   (the generated worker listens for `SKIP_WAITING`) and reloads this tab;
 * - if another tab lets it take over, this tab keeps running what it has and says so.
 */
export type WorkerNotice = 'none' | 'offline-ready' | 'update-waiting' | 'replaced-elsewhere';

/** How often a long-open page asks whether a new version was published (it never installs it by itself). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** How long "Reload to update" waits for the new worker to take over before reloading anyway. */
const RELOAD_FALLBACK_MS = 5_000;

let notice: WorkerNotice = 'none';
const listeners = new Set<() => void>();
let reloadRequested = false;

function show(next: WorkerNotice) {
  if (notice === next) return;
  notice = next;
  for (const listener of listeners) listener();
}

export const workerNotice = {
  get: (): WorkerNotice => notice,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  dismiss: () => show('none'),
};

/** Starts once, after the page has loaded, in the served build only (the single file and the dev server have no worker). */
export function startServiceWorker(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): void {
  if (!container) return;
  const start = () => void register(container).catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(container: ServiceWorkerContainer) {
  let hadController = Boolean(container.controller);
  // A version switch shows as a change of this page's controlling worker. After the person's own
  // click it is the moment to reload (the new worker now serves the new files); otherwise another
  // tab switched versions: say so, never reload. The very first controller is no version change.
  container.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
    else if (hadController) show('replaced-elsewhere');
    hadController = true;
  });
  const registration = await container.register('./sw.js', { scope: './' });
  if (registration.waiting && container.controller) show('update-waiting');
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // With a worker already in charge the new one waits: an update. Without, it is the first install.
      show(container.controller ? 'update-waiting' : 'offline-ready');
    });
  });
  setInterval(() => {
    if (navigator.onLine) registration.update().catch(() => undefined);
  }, UPDATE_CHECK_MS);
}

/**
 * The person asked for the new version. If no worker is waiting any more (it already took over),
 * reload now; otherwise tell it to take over, and reload even if its controllerchange never
 * reaches this page (seen in CI), rather than leave the click doing nothing.
 */
export async function reloadToUpdate(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): Promise<void> {
  reloadRequested = true;
  const waiting = (await container?.getRegistration())?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  waiting.postMessage({ type: 'SKIP_WAITING' });
  setTimeout(() => window.location.reload(), RELOAD_FALLBACK_MS);
}
