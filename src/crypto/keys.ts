import type * as pkijs from 'pkijs';

/**
 * One key, two uses: RS256/ES256 for the package's JWS and SHA-256 RSA/ECDSA
 * for the PDF's CMS. Both are "SHA-256 with this key", so a single WebCrypto
 * algorithm per key type serves both.
 */
export type KeyKind = 'RSA' | 'EC';

export const kindOf = (algorithm: string): KeyKind | null =>
  algorithm === 'ECDSA-P256' ? 'EC' : /^RSA-\d+$/.test(algorithm) && Number(algorithm.slice(4)) >= 2048 ? 'RSA' : null;

export const importParams = (kind: KeyKind): RsaHashedImportParams | EcKeyImportParams =>
  kind === 'RSA' ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } : { name: 'ECDSA', namedCurve: 'P-256' };

export const signParams = (kind: KeyKind): AlgorithmIdentifier | EcdsaParams =>
  kind === 'RSA' ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: 'SHA-256' };

export const jwsAlgorithm = (kind: KeyKind) => (kind === 'RSA' ? 'RS256' : 'ES256');

export const keyKind = (key: CryptoKey): KeyKind => (key.algorithm.name === 'ECDSA' ? 'EC' : 'RSA');

/**
 * WebCrypto is handed byte views, never ArrayBuffers: every implementation
 * accepts a view, while Node's refuses an ArrayBuffer made in another realm
 * (as the jsdom test DOM makes them).
 */
const view = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

/** The private key as WebCrypto holds it: non-extractable, usable only to sign. */
export function importPrivateKey(pkcs8: Uint8Array, kind: KeyKind): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('pkcs8', view(pkcs8), importParams(kind), false, ['sign']);
}

export function certificatePublicKey(cert: pkijs.Certificate, kind: KeyKind): Promise<CryptoKey> {
  const spki = cert.subjectPublicKeyInfo.toSchema().toBER();
  return globalThis.crypto.subtle.importKey('spki', view(new Uint8Array(spki)), importParams(kind), true, ['verify']);
}

export async function signBytes(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.sign(signParams(keyKind(key)), key, view(data)));
}

export function verifyBytes(key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  return globalThis.crypto.subtle.verify(signParams(keyKind(key)), key, view(signature), view(data));
}
