import * as pkijs from 'pkijs';
import type { VerifyReason } from './codes';
import { certificateInfo, readCertificates, type CertificateInfo } from './certificate';
import { fingerprint, parseCertificate } from './certificate';
import { toPem } from './encoding';

/**
 * What the person trusts: certificates as PEM text (one or more blocks) or DER
 * bytes, or SHA-256 fingerprints as hex (colons and case ignored).
 */
export type TrustAnchor = string | Uint8Array;

export interface VerifyOptions {
  trusted?: readonly TrustAnchor[];
}

/** One signature's verdict. `valid` is integrity only; `trusted` says whether the signer is one the person trusts. */
export interface SignatureCheck {
  valid: boolean;
  signer: CertificateInfo | null;
  certificatePem: string | null;
  trusted: boolean;
  /** The signer's claimed time (their own clock), ISO 8601, or null if none is stated. */
  signingTime: string | null;
  reasons: VerifyReason[];
}

export interface VerifyResult extends SignatureCheck {
  /** Whether the document differs from what was signed (bytes outside the signed range, or content that no longer matches). */
  modifiedAfterSigning: boolean;
  /** Every signature found, in file order; the top-level fields describe them together. */
  signatures: SignatureCheck[];
}

export function combine(signatures: SignatureCheck[], modifiedAfterSigning: boolean, extra: VerifyReason[] = []): VerifyResult {
  const last = signatures.at(-1);
  const reasons = [...new Set([...extra, ...signatures.flatMap((s) => s.reasons)])];
  if (signatures.length === 0 && !reasons.includes('malformed')) reasons.unshift('not-signed');
  return {
    valid: signatures.length > 0 && signatures.every((s) => s.valid) && !modifiedAfterSigning && !reasons.includes('malformed'),
    trusted: signatures.length > 0 && signatures.every((s) => s.trusted),
    signer: last?.signer ?? null,
    certificatePem: last?.certificatePem ?? null,
    signingTime: last?.signingTime ?? null,
    modifiedAfterSigning,
    reasons,
    signatures,
  };
}

/**
 * Whether the signer (path[0]) is trusted at the signing time: its own
 * fingerprint is trusted, or pkijs can build a chain from it through the
 * embedded certificates to a trusted certificate, checking each signature.
 * Also reports a certificate that was not valid when it signed.
 */
export async function trustOf(path: Uint8Array[], signingTime: Date | null, options: VerifyOptions): Promise<{ trusted: boolean; reasons: VerifyReason[]; signer: CertificateInfo }> {
  const signer = await certificateInfo(path[0]!);
  const at = signingTime ?? new Date();
  const reasons: VerifyReason[] = [];
  const inValidity = at.getTime() >= Date.parse(signer.notBefore) && at.getTime() <= Date.parse(signer.notAfter);
  if (!inValidity) reasons.push('certificate-not-valid-at-signing-time');
  const anchors = await readAnchors(options.trusted ?? []);
  let trusted = anchors.fingerprints.has(signer.sha256Fingerprint);
  if (!trusted) {
    const embeddedAnchors = [];
    for (const der of path.slice(1)) if (anchors.fingerprints.has(await fingerprint(der))) embeddedAnchors.push(parseCertificate(der));
    const trustedCerts = [...anchors.certificates.map(parseCertificate), ...embeddedAnchors];
    if (trustedCerts.length > 0) trusted = await chains(path, trustedCerts, at);
  }
  if (!trusted) reasons.push('certificate-untrusted');
  return { trusted: trusted && inValidity, reasons, signer };
}

async function chains(path: Uint8Array[], trustedCerts: pkijs.Certificate[], at: Date): Promise<boolean> {
  try {
    const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts, certs: path.map(parseCertificate), checkDate: at });
    return (await engine.verify()).result;
  } catch {
    return false;
  }
}

async function readAnchors(list: readonly TrustAnchor[]): Promise<{ fingerprints: Set<string>; certificates: Uint8Array[] }> {
  const fingerprints = new Set<string>();
  const certificates: Uint8Array[] = [];
  for (const item of list) {
    const hex = typeof item === 'string' ? item.replace(/[:\s]/g, '').toLowerCase() : '';
    if (/^[0-9a-f]{64}$/.test(hex)) {
      fingerprints.add(hex);
      continue;
    }
    for (const der of readCertificates(item)) {
      certificates.push(der);
      fingerprints.add(await fingerprint(der));
    }
  }
  return { fingerprints, certificates };
}

export const pemOf = (der: Uint8Array) => toPem(der);
