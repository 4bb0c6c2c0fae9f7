import { checkCmsSignature } from './cms';
import type { VerifyReason } from './codes';
import { combine, pemOf, trustOf, type SignatureCheck, type VerifyOptions, type VerifyResult } from './trust';

export interface PdfVerifyResult extends VerifyResult {
  /** Hashes the report states in its signed bytes (document keywords), as `sha256:<hex>`, for comparing with a package. */
  printedHashes: { assessment: string | null; trailHead: string | null };
}

interface SignatureField {
  range: [number, number, number, number];
  contents: Uint8Array | null;
  signingTime: Date | null;
}

/**
 * Verifies every PDF signature as pdfsig does: each /ByteRange must start at 0
 * and skip exactly its /Contents hex string; the CMS inside must verify over
 * those bytes. The document counts as modified after signing when the last
 * signature does not reach the end of the file or a digest does not match.
 */
export async function verifyPdf(bytes: Uint8Array, options: VerifyOptions = {}): Promise<PdfVerifyResult> {
  const text = new TextDecoder('latin1').decode(bytes);
  const fields = findSignatureFields(text);
  const checks: SignatureCheck[] = [];
  let digestChanged = false;
  for (const field of fields) {
    const check = await verifyField(bytes, field, options);
    if (check.reasons.includes('digest-mismatch')) digestChanged = true;
    checks.push(check);
  }
  const last = fields.at(-1);
  const coversFile = last ? last.range[2] + last.range[3] === bytes.length : true;
  const extra: VerifyReason[] = last && !coversFile ? ['modified-after-signing'] : [];
  const result = combine(checks, (fields.length > 0 && !coversFile) || digestChanged, extra);
  return { ...result, printedHashes: printedHashes(text, last) };
}

function findSignatureFields(text: string): SignatureField[] {
  const fields: SignatureField[] = [];
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const range = match.slice(1, 5).map(Number) as SignatureField['range'];
    const [a, b, c, d] = range;
    const hole = text.slice(b, c);
    const wellFormed = a === 0 && b < c && c + d <= text.length && /^<[0-9A-Fa-f]*>$/.test(hole);
    fields.push({ range, contents: wellFormed ? hexBytes(hole.slice(1, -1)) : null, signingTime: claimedTime(text, match.index) });
  }
  return fields;
}

async function verifyField(bytes: Uint8Array, field: SignatureField, options: VerifyOptions): Promise<SignatureCheck> {
  const broken = (reason: VerifyReason): SignatureCheck => ({ valid: false, signer: null, certificatePem: null, trusted: false, signingTime: null, reasons: [reason] });
  if (!field.contents) return broken('malformed');
  const [a, b, c, d] = field.range;
  const content = new Uint8Array(b + d);
  content.set(bytes.subarray(a, a + b), 0);
  content.set(bytes.subarray(c, c + d), b);
  const cms = await checkCmsSignature(derPrefix(field.contents), content);
  if (!cms.ok) return broken(cms.reason);
  const trust = await trustOf(cms.path, field.signingTime, options);
  const reasons: VerifyReason[] = [];
  if (!cms.digestMatches) reasons.push('digest-mismatch');
  else if (!cms.signatureValid) reasons.push('signature-invalid');
  return {
    valid: cms.digestMatches && cms.signatureValid,
    signer: trust.signer,
    certificatePem: pemOf(cms.path[0]!),
    trusted: trust.trusted,
    signingTime: field.signingTime?.toISOString() ?? null,
    reasons: [...reasons, ...trust.reasons],
  };
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** /Contents is zero-padded to its placeholder's size; the CMS is the DER element at its start. */
function derPrefix(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x30 || bytes.length < 2) return bytes;
  const first = bytes[1]!;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + bytes[2 + i]!;
  return bytes.subarray(0, Math.min(bytes.length, 2 + count + length));
}

/** The /M entry of the signature dictionary around this /ByteRange: `(D:YYYYMMDDHHmmSS` and `Z` or `+hh'mm'`. */
function claimedTime(text: string, at: number): Date | null {
  const start = text.lastIndexOf('<<', at);
  const end = text.indexOf('>>', text.indexOf('/Contents', at) + 1);
  const dict = text.slice(start, end === -1 ? undefined : end + 2).replace(/\/Contents\s*<[0-9A-Fa-f]*>/, '');
  const m = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})'?)?/.exec(dict);
  if (!m) return null;
  const offset = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return new Date(utc - offset * 60_000);
}

/** `assessment:sha256:<hex>` and `trail-head:sha256:<hex>` from the document keywords inside the signed bytes. */
function printedHashes(text: string, last: SignatureField | undefined): PdfVerifyResult['printedHashes'] {
  const signed = last ? text.slice(0, last.range[1]) : text;
  const keywords = /\/Keywords\s*\(([^)]*)\)/.exec(signed)?.[1] ?? '';
  const pick = (label: string) => new RegExp(`(?:^|\\s)${label}:(sha256:[0-9a-f]{64})`).exec(keywords)?.[1] ?? null;
  return { assessment: pick('assessment'), trailHead: pick('trail-head') };
}
