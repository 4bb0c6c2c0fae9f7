import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { NewKeyAlgorithm } from './codes';
import { OID, certificateDer, certificateFile, certificateInfo } from './certificate';
import type { Identity } from './identity';
import { importParams } from './keys';

export interface SelfSignedRequest {
  name: string;
  organisation: string;
  email: string;
  algorithm: NewKeyAlgorithm;
  /** Defaults to the current time; tests pass a fixed one. */
  now?: Date;
  /** How long the certificate is valid; three years unless told. */
  validDays?: number;
}

const DAY = 86_400_000;

/**
 * A new key pair made by WebCrypto with a NON-EXTRACTABLE private key, and a
 * self-signed X.509 v3 certificate for it (pkijs). Validity starts five minutes
 * back so a verifier whose clock is a little behind still accepts it.
 */
export async function createSelfSignedIdentity(request: SelfSignedRequest): Promise<Identity> {
  const now = request.now ?? new Date();
  const kind = request.algorithm === 'ECDSA-P256' ? 'EC' : 'RSA';
  const generate =
    kind === 'RSA'
      ? { ...importParams('RSA'), modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) }
      : importParams('EC');
  const keys = (await globalThis.crypto.subtle.generateKey(generate, false, ['sign', 'verify'])) as CryptoKeyPair;

  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: serial() });
  cert.subject = distinguishedName(request);
  cert.issuer = distinguishedName(request);
  cert.notBefore.value = new Date(now.getTime() - 5 * 60_000);
  cert.notAfter.value = new Date(now.getTime() + (request.validDays ?? 3 * 365) * DAY);
  cert.extensions = extensions(request.email);
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
  await cert.sign(keys.privateKey, 'SHA-256');

  const der = certificateDer(cert);
  return { certificate: certificateFile(der), chain: [], privateKey: keys.privateKey, info: await certificateInfo(der) };
}

/**
 * CN, O and E, each its own RDN. (pkijs writes all typesAndValues into one
 * multi-valued RDN, which readers print as "CN=…+O=…", so the sequence is
 * built here and parsed back.)
 */
function distinguishedName(request: SelfSignedRequest): pkijs.RelativeDistinguishedNames {
  const rdn = (type: string, value: asn1js.Utf8String | asn1js.IA5String) =>
    new asn1js.Set({ value: [new pkijs.AttributeTypeAndValue({ type, value }).toSchema()] });
  const name = new asn1js.Sequence({
    value: [
      rdn(OID.commonName, new asn1js.Utf8String({ value: request.name })),
      ...(request.organisation ? [rdn(OID.organisation, new asn1js.Utf8String({ value: request.organisation }))] : []),
      ...(request.email ? [rdn(OID.email, new asn1js.IA5String({ value: request.email }))] : []),
    ],
  });
  return pkijs.RelativeDistinguishedNames.fromBER(name.toBER());
}

/** 16 random bytes with the top bit clear: a positive serial, as RFC 5280 asks. */
function serial(): ArrayBuffer {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return bytes.buffer;
}

/** An end-entity signing certificate: not a CA; digital signature and non-repudiation; the email as a SAN. */
function extensions(email: string): pkijs.Extension[] {
  const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 });
  const list = [
    new pkijs.Extension({
      extnID: '2.5.29.19',
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false),
    }),
    new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: keyUsage.toBER(false) }),
  ];
  if (email) {
    const names = new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 1, value: email })] });
    list.push(new pkijs.Extension({ extnID: '2.5.29.17', critical: false, extnValue: names.toSchema().toBER(false) }));
  }
  return list;
}
