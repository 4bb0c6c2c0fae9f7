import forge from 'node-forge';
import * as pkijs from 'pkijs';
import type * as asn1js from 'asn1js';
import type { IdentityErrorCode } from './codes';
import { OID, certificateFile, certificateInfo, parseCertificate, keyAlgorithm } from './certificate';
import { arrayBuffer, utf8 } from './encoding';
import { validityError, type IdentityResult } from './identity';
import { certificatePublicKey, importPrivateKey, kindOf, signBytes, verifyBytes, type KeyKind } from './keys';

/**
 * node-forge reads PKCS#12 because it is the one kept library that decrypts both
 * what OpenSSL 3 writes by default (PBES2 / PBKDF2 / AES-256-CBC, HMAC-SHA256 MAC)
 * and legacy files (pbeWithSHAAnd3-KeyTripleDES-CBC, 40-bit RC2). It is used only
 * to unwrap the bags: the key goes straight into WebCrypto as a non-extractable
 * key, and certificates are read with pkijs (forge cannot parse EC certificates).
 */
export async function importPkcs12(bytes: Uint8Array, passphrase: string, options: { now?: Date } = {}): Promise<IdentityResult> {
  const unwrapped = unwrap(bytes, passphrase);
  if ('error' in unwrapped) return { ok: false, error: unwrapped.error };
  const { keys, certs } = unwrapped;
  if (keys.length === 0) return { ok: false, error: 'no-private-key' };
  if (certs.length === 0) return { ok: false, error: 'no-certificate' };

  const kind = privateKeyKind(keys[0]!);
  if (!kind) return { ok: false, error: 'unsupported-algorithm' };
  let privateKey: CryptoKey;
  try {
    privateKey = await importPrivateKey(keys[0]!, kind);
  } catch {
    return { ok: false, error: 'unsupported-algorithm' };
  }

  const own = await findCertificate(privateKey, kind, certs);
  if (own === -1) return { ok: false, error: 'key-certificate-mismatch' };
  const info = await certificateInfo(certs[own]!);
  const invalid = validityError(info, options.now ?? new Date());
  if (invalid) return { ok: false, error: invalid };
  return {
    ok: true,
    identity: {
      certificate: certificateFile(certs[own]!),
      chain: certs.filter((_, i) => i !== own).map(certificateFile),
      privateKey,
      info,
    },
  };
}

type Unwrapped = { keys: Uint8Array[]; certs: Uint8Array[] } | { error: IdentityErrorCode };

function unwrap(bytes: Uint8Array, passphrase: string): Unwrapped {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(binary(bytes)), true);
  } catch {
    return { error: 'not-pkcs12' };
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = withUtf8Pbkdf2(() => forge.pkcs12.pkcs12FromAsn1(asn1, true, passphrase));
  } catch (error) {
    return { error: unwrapError((error as Error).message) };
  }
  const bags = p12.safeContents.flatMap((contents) => contents.safeBags);
  const der = (node: forge.asn1.Asn1) => fromBinary(forge.asn1.toDer(node).getBytes());
  const keys = bags
    .filter((b) => b.type === forge.pki.oids.pkcs8ShroudedKeyBag || b.type === forge.pki.oids.keyBag)
    .map((b) => der(b.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(b.key)) : b.asn1!));
  const certs = bags
    .filter((b) => b.type === forge.pki.oids.certBag)
    .map((b) => der(b.cert ? forge.pki.certificateToAsn1(b.cert) : b.asn1!));
  return { keys, certs };
}

/**
 * A passphrase reaches two key derivations. The MAC and the legacy ciphers use
 * the PKCS#12 KDF, which takes it as UTF-16 (BMPString); forge does that right.
 * PBES2 (what OpenSSL 3 writes) takes it through PBKDF2 as UTF-8 bytes, as
 * OpenSSL does, but forge hands PBKDF2 the JavaScript string and uses its code
 * units as bytes, so "pässwörd" would derive the wrong key. For the length of
 * this synchronous call, PBKDF2 gets the UTF-8 encoding (ASCII is unchanged).
 */
function withUtf8Pbkdf2<T>(read: () => T): T {
  const original = forge.pkcs5.pbkdf2;
  const utf8Pbkdf2 = (password: string, ...rest: unknown[]) => (original as (...args: unknown[]) => unknown)(forge.util.encodeUtf8(password), ...rest);
  forge.pkcs5.pbkdf2 = utf8Pbkdf2 as typeof original;
  try {
    return read();
  } finally {
    forge.pkcs5.pbkdf2 = original;
  }
}

/**
 * forge reports by message only. A MAC failure is the passphrase; a wrong outer
 * structure means it is not PKCS#12; an unknown OID is an encryption scheme it
 * cannot read. Anything else happens while decrypting a file without a MAC,
 * where a wrong passphrase yields garbage that fails to parse.
 */
function unwrapError(message: string): IdentityErrorCode {
  if (/MAC could not be verified|Invalid password/i.test(message)) return 'wrong-passphrase';
  if (/not an PKCS#12 PFX|Cannot read PKCS#12 PFX|Unsupported PKCS#12 PFX|content type/i.test(message)) return 'not-pkcs12';
  if (/Unsupported OID|unsupported (algorithm|prf|cipher)/i.test(message)) return 'unsupported-algorithm';
  return 'wrong-passphrase';
}

/** RSA of 2048 bits or more, or EC on P-256; anything else cannot sign here. */
function privateKeyKind(pkcs8: Uint8Array): KeyKind | null {
  try {
    const info = pkijs.PrivateKeyInfo.fromBER(arrayBuffer(pkcs8));
    const id = info.privateKeyAlgorithm.algorithmId;
    if (id === OID.ecPublicKey) {
      const curve = (info.privateKeyAlgorithm.algorithmParams as asn1js.ObjectIdentifier | undefined)?.valueBlock?.toString();
      return curve === OID.p256 ? 'EC' : null;
    }
    if (id !== OID.rsaEncryption) return null;
    const modulus = (info.parsedKey as pkijs.RSAPrivateKey | undefined)?.modulus.valueBlock.valueHexView;
    if (!modulus) return null;
    return kindOf(`RSA-${(modulus.length - (modulus[0] === 0 ? 1 : 0)) * 8}`);
  } catch {
    return null;
  }
}

/** The certificate whose public key verifies what the private key signs; -1 if none does. */
async function findCertificate(privateKey: CryptoKey, kind: KeyKind, certs: Uint8Array[]): Promise<number> {
  const challenge = utf8('HRBA@Tech: does this key belong to this certificate?');
  const signature = await signBytes(privateKey, challenge);
  for (const [i, der] of certs.entries()) {
    try {
      const cert = parseCertificate(der);
      const algorithm = keyAlgorithm(cert);
      if (!algorithm || kindOf(algorithm) !== kind) continue;
      if (await verifyBytes(await certificatePublicKey(cert, kind), signature, challenge)) return i;
    } catch {
      // An unreadable extra certificate does not stop us finding the right one.
    }
  }
  return -1;
}

function binary(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
}

const fromBinary = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
