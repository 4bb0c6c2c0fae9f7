/**
 * The page's Content-Security-Policy requires Trusted Types for script sinks and allows
 * one policy, `default`. It turns same-origin script URLs (the import worker, the
 * service worker, chunks) into trusted ones and refuses everything else; it creates no
 * HTML or script from strings at all, so `innerHTML = …` or `eval` with text stays
 * blocked. Imported first by the entry, before anything can reach a sink.
 */
interface TrustedTypePolicyFactoryLike {
  defaultPolicy: unknown;
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string | null }) => unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
if (factory && !factory.defaultPolicy) {
  factory.createPolicy('default', {
    createScriptURL: (url) => {
      const resolved = new URL(url, globalThis.location.href);
      return resolved.origin === globalThis.location.origin ? resolved.href : null;
    },
  });
}
