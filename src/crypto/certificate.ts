import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { arrayBuffer, pemBlocks, sha256, toHex, toPem } from './encoding';

export { CertificateInfoSchema, type CertificateInfo, type CertificateFile } from '../domain/signing/certificates';
import type { CertificateFile, CertificateInfo } from '../domain/signing/certificates';

export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7',
  commonName: '2.5.4.3',
  organisation: '2.5.4.10',
  email: '1.2.840.113549.1.9.1',
} as const;

const NAME_LABELS: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.organisation]: 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.5': 'serialNumber',
  [OID.email]: 'E',
};

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(arrayBuffer(der));
}

export const certificateDer = (cert: pkijs.Certificate) => new Uint8Array(cert.toSchema().toBER());

export const certificateFile = (der: Uint8Array): CertificateFile => ({ der, pem: toPem(der) });

/** DER certificates in a PEM text (one or more blocks) or a DER file. */
export function readCertificates(input: Uint8Array | string): Uint8Array[] {
  if (typeof input === 'string') return pemBlocks(input);
  const text = new TextDecoder('latin1').decode(input.subarray(0, 64));
  return text.includes('-----BEGIN') ? pemBlocks(new TextDecoder().decode(input)) : [input];
}

const nameValue = (name: pkijs.RelativeDistinguishedNames, oid: string) =>
  String(name.typesAndValues.find((t) => t.type === oid)?.value.valueBlock.value ?? '');

function nameText(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((t) => `${NAME_LABELS[t.type] ?? t.type}=${String(t.value.valueBlock.value).replace(/([,\\])/g, '\\$1')}`)
    .join(', ');
}

/** `RSA-<bits>`, `ECDSA-P256`, or null for any other key (DSA, Ed25519, other curves). */
export function keyAlgorithm(cert: pkijs.Certificate): string | null {
  const spki = cert.subjectPublicKeyInfo;
  const id = spki.algorithm.algorithmId;
  if (id === OID.rsaEncryption) {
    const key = spki.parsedKey as pkijs.RSAPublicKey | undefined;
    const modulus = key?.modulus.valueBlock.valueHexView;
    if (!modulus) return null;
    const bits = (modulus.length - (modulus[0] === 0 ? 1 : 0)) * 8;
    return `RSA-${bits}`;
  }
  if (id === OID.ecPublicKey) {
    const params = spki.algorithm.algorithmParams as asn1js.ObjectIdentifier | undefined;
    return params?.valueBlock?.toString() === OID.p256 ? 'ECDSA-P256' : null;
  }
  return null;
}

export async function certificateInfo(der: Uint8Array): Promise<CertificateInfo> {
  const cert = parseCertificate(der);
  const subject = nameText(cert.subject);
  const issuer = nameText(cert.issuer);
  return {
    subject,
    commonName: nameValue(cert.subject, OID.commonName),
    organisation: nameValue(cert.subject, OID.organisation),
    email: nameValue(cert.subject, OID.email),
    issuer,
    serialNumber: toHex(cert.serialNumber.valueBlock.valueHexView),
    notBefore: cert.notBefore.value.toISOString(),
    notAfter: cert.notAfter.value.toISOString(),
    sha256Fingerprint: toHex(await sha256(der)),
    algorithm: keyAlgorithm(cert) ?? 'other',
    selfSigned: subject === issuer,
  };
}

export async function fingerprint(der: Uint8Array): Promise<string> {
  return toHex(await sha256(der));
}
