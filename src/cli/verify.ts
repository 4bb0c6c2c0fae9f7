import { readFileSync } from 'node:fs';
import { VERIFY_REASON_TEXT } from '../crypto/messages';
import type { VerifyResult } from '../crypto';
import type { Io } from './commands';

/** Describes what the verifier was given: a PDF (by its header) or a package (anything else, read as JSON text). */
const isPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

/**
 * `hrba verify`: 0 when every signature is valid AND its signer is trusted
 * (--trust); 1 when a signature is invalid, missing or untrusted, saying which;
 * the caller maps usage errors to 2.
 */
export async function verifyCommand(path: string, trustFiles: readonly string[], io: Io): Promise<number> {
  const read = (file: string): Uint8Array | null => {
    try {
      return new Uint8Array(readFileSync(file));
    } catch (error) {
      io.err(`${file}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return null;
    }
  };
  const bytes = read(path);
  const anchors = trustFiles.map(read);
  if (!bytes || anchors.some((a) => a === null)) return 1;
  const trusted = anchors as Uint8Array[];

  const crypto = await import('../crypto');
  const pdf = isPdf(bytes);
  const result = pdf ? await crypto.verifyPdf(bytes, { trusted }) : await crypto.verifyPackage(new TextDecoder().decode(bytes), { trusted });

  const kind = pdf ? 'PDF signature' : 'package signature';
  const ok = result.valid && result.trusted;
  const headline = ok ? 'valid and trusted' : !result.valid ? 'INVALID' : 'valid but NOT TRUSTED';
  (ok ? io.out : io.err)(`${headline}: ${path}`);
  for (const line of details(result, kind)) (ok ? io.out : io.err)(`  ${line}`);
  if (pdf && 'printedHashes' in result) {
    const printed = result.printedHashes as { assessment: string | null; trailHead: string | null };
    if (printed.assessment) io.out(`  assessment hash printed in the report: ${printed.assessment}`);
    if (printed.trailHead) io.out(`  trail head printed in the report: ${printed.trailHead}`);
  }
  return ok ? 0 : 1;
}

function details(result: VerifyResult, kind: string): string[] {
  const lines: string[] = [];
  for (const reason of result.reasons) {
    lines.push(reason === 'certificate-untrusted' ? `${VERIFY_REASON_TEXT[reason]} Pass it with --trust cert.pem if you do.` : VERIFY_REASON_TEXT[reason]);
  }
  result.signatures.forEach((s, i) => {
    const label = result.signatures.length > 1 ? `${kind} ${i + 1}` : kind;
    lines.push(`${label}: ${s.valid ? 'intact' : 'does not match the content'}${s.trusted ? ', signer trusted' : ''}`);
    if (s.signer) {
      lines.push(`    signer: ${s.signer.subject}`);
      lines.push(`    issuer: ${s.signer.issuer}`);
      lines.push(`    certificate SHA-256: ${s.signer.sha256Fingerprint}`);
      lines.push(`    valid from ${s.signer.notBefore} to ${s.signer.notAfter}`);
    }
    if (s.signingTime) lines.push(`    signed at ${s.signingTime} (the signer's own clock)`);
  });
  if (result.signatures.length > 0 && !result.modifiedAfterSigning) lines.push('The file is exactly as it was signed.');
  return lines;
}
