import canonicalizeImpl from 'canonicalize';

/**
 * Canonical JSON (RFC 8785, JCS): keys sorted by UTF-16 code units, no
 * insignificant white space, numbers in their shortest round-trip form.
 * Hashes and signatures are computed over this text, so it must never change
 * for the same value. `undefined` properties are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  const text = (canonicalizeImpl as (v: unknown) => string | undefined)(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `sha256:<hex>` over the canonical JSON of a value. */
export async function contentHash(value: unknown): Promise<string> {
  return `sha256:${await sha256Hex(canonicalJson(value))}`;
}
