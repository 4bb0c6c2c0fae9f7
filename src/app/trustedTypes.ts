/**
 * The page's Content-Security-Policy requires Trusted Types for script sinks and allows
 * one policy, `default`. It turns same-origin script URLs (the import worker, the
 * service worker, chunks) and the Blob URLs the app itself made for a worker into
 * trusted ones, and refuses everything else; it creates no HTML or script from strings
 * at all, so `innerHTML = …` or `eval` with text stays blocked. Imported first by the
 * entry, before anything can reach a sink.
 */
interface TrustedTypePolicyFactoryLike {
  defaultPolicy: unknown;
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string | null }) => unknown;
}

/** Script URLs the app made itself (the single-file build's worker Blob URL). */
const own = new Set<string>();

/** Lets the default policy pass one Blob URL this app created for its own code. */
export function trustOwnScriptUrl(url: string): void {
  own.add(url);
}

/** Exported for tests: the default policy's rule. */
export function trustedScriptUrl(url: string, location: { href: string; origin: string }): string | null {
  if (own.has(url)) return url;
  const resolved = new URL(url, location.href);
  // Only a served page's origin means anything: a page opened from file:// shares its
  // origin ("null", or "file://" in Chromium) with every data: or file: URL, so there
  // only the app's own Blob URL passes.
  return /^https?:$/.test(resolved.protocol) && resolved.origin === location.origin ? resolved.href : null;
}

const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
if (factory && !factory.defaultPolicy) {
  factory.createPolicy('default', { createScriptURL: (url) => trustedScriptUrl(url, globalThis.location) });
}
