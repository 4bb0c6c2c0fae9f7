import { canonicalJson } from '../domain/canonical';
import { PackageSignatureSchema, type PackageSignature } from '../domain/exchange/signatures';
import { keyAlgorithm, parseCertificate } from './certificate';
import type { VerifyReason } from './codes';
import { fromBase64, fromBase64Url, sha256, toBase64, toBase64Url, utf8 } from './encoding';
import { certificatePath, type Identity } from './identity';
import { certificatePublicKey, jwsAlgorithm, keyKind, kindOf, signBytes, verifyBytes } from './keys';
import { combine, pemOf, trustOf, type SignatureCheck, type VerifyOptions, type VerifyResult } from './trust';

/**
 * Detached JWS (RFC 7515 §7.2 JSON serialisation, Appendix F detached content)
 * over the package's canonical JSON (RFC 8785) without its `signatures` field.
 * The protected header names the algorithm, carries the certificate chain
 * (`x5c`) and its SHA-256 thumbprint, and the signer's claimed time as JAdES
 * `sigT` (not marked critical, so any JOSE library verifies it).
 */
export interface PackageSignOptions {
  signingTime?: Date;
}

type Signable = Record<string, unknown>;

/** The bytes every signature of a package covers: canonical JSON of everything but `signatures`. */
export function packagePayload(file: Signable): Uint8Array {
  const { signatures: _ignored, ...rest } = file;
  return utf8(canonicalJson(rest));
}

export async function signPackage<T extends Signable>(file: T, identity: Identity, options: PackageSignOptions = {}): Promise<T & { signatures: PackageSignature[] }> {
  const header = {
    alg: jwsAlgorithm(keyKind(identity.privateKey)),
    x5c: certificatePath(identity).map(toBase64),
    'x5t#S256': toBase64Url(await sha256(identity.certificate.der)),
    sigT: (options.signingTime ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const protectedHeader = toBase64Url(utf8(JSON.stringify(header)));
  const input = utf8(`${protectedHeader}.${toBase64Url(packagePayload(file))}`);
  const signature = toBase64Url(await signBytes(identity.privateKey, input));
  const existing = Array.isArray(file.signatures) ? (file.signatures as PackageSignature[]) : [];
  return { ...file, signatures: [...existing, { protected: protectedHeader, signature }] };
}

/**
 * Verifies a package AS RECEIVED: the raw text is parsed with JSON.parse only
 * (no schema, no defaults, no trimming), `signatures` removed, the rest
 * canonicalised, and every signature checked over those bytes.
 */
export async function verifyPackage(rawText: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  let data: unknown;
  try {
    data = JSON.parse(rawText.replace(/^\uFEFF/, ''));
  } catch {
    return combine([], false, ['malformed']);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return combine([], false, ['malformed']);
  const record = data as Signable;
  if (record.signatures === undefined) return combine([], false);
  if (!Array.isArray(record.signatures)) return combine([], false, ['malformed']);
  const payload = toBase64Url(packagePayload(record));
  const checks: SignatureCheck[] = [];
  for (const entry of record.signatures) checks.push(await verifyOne(entry, payload, options));
  return combine(checks, checks.some((c) => c.reasons.includes('signature-invalid')));
}

const broken = (reason: VerifyReason): SignatureCheck => ({ valid: false, signer: null, certificatePem: null, trusted: false, signingTime: null, reasons: [reason] });

async function verifyOne(entry: unknown, payload: string, options: VerifyOptions): Promise<SignatureCheck> {
  const parsed = PackageSignatureSchema.safeParse(entry);
  if (!parsed.success) return broken('malformed');
  let header: { alg?: unknown; x5c?: unknown; sigT?: unknown };
  let path: Uint8Array[];
  try {
    header = JSON.parse(new TextDecoder().decode(fromBase64Url(parsed.data.protected))) as typeof header;
    if (!Array.isArray(header.x5c) || header.x5c.length === 0) return broken('signer-certificate-missing');
    path = header.x5c.map((c) => fromBase64(String(c)));
  } catch {
    return broken('malformed');
  }
  let kind;
  try {
    const cert = parseCertificate(path[0]!);
    kind = kindOf(keyAlgorithm(cert) ?? '');
    if (!kind || header.alg !== jwsAlgorithm(kind)) return broken('unsupported-algorithm');
    const key = await certificatePublicKey(cert, kind);
    const signingTime = typeof header.sigT === 'string' && !Number.isNaN(Date.parse(header.sigT)) ? new Date(header.sigT) : null;
    const valid = await verifyBytes(key, fromBase64Url(parsed.data.signature), utf8(`${parsed.data.protected}.${payload}`));
    const trust = await trustOf(path, signingTime, options);
    return {
      valid,
      signer: trust.signer,
      certificatePem: pemOf(path[0]!),
      trusted: trust.trusted,
      signingTime: signingTime?.toISOString() ?? null,
      reasons: [...(valid ? [] : (['signature-invalid'] as const)), ...trust.reasons],
    };
  } catch {
    return broken('malformed');
  }
}
