import { decodeFileBytes, inspectPackage, type PackageFacts } from '../../domain';
import type { PdfVerifyResult, VerifyResult } from '../../crypto';
import { loadCrypto } from '../identity/identityActions';

/** One dropped file and what verifying its bytes, exactly as received, found. */
export type Checked =
  | { kind: 'pdf'; name: string; result: PdfVerifyResult }
  | { kind: 'package'; name: string; result: VerifyResult; facts: PackageFacts | null }
  | { kind: 'unreadable'; name: string; problem: 'not-text' | 'not-json' };

export interface Received {
  name: string;
  bytes: Uint8Array;
}

const isPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

/** Verifies each file against the certificates the person trusts (PEM text). */
export async function verifyReceived(files: readonly Received[], trusted: readonly string[]): Promise<Checked[]> {
  const crypto = await loadCrypto();
  const out: Checked[] = [];
  for (const file of files) {
    if (isPdf(file.bytes)) {
      out.push({ kind: 'pdf', name: file.name, result: await crypto.verifyPdf(file.bytes, { trusted }) });
      continue;
    }
    const decoded = decodeFileBytes(file.bytes);
    if (!decoded.ok) {
      out.push({ kind: 'unreadable', name: file.name, problem: 'not-text' });
      continue;
    }
    const facts = inspectPackage(decoded.text);
    if (!facts) {
      out.push({ kind: 'unreadable', name: file.name, problem: 'not-json' });
      continue;
    }
    out.push({ kind: 'package', name: file.name, result: await crypto.verifyPackage(decoded.text, { trusted }), facts });
  }
  return out;
}

/** How a PDF's printed hashes compare with a package checked alongside it. */
export type HashMatch = { package: string; assessment: 'match' | 'differ' | 'not-printed'; trailHead: 'match' | 'differ' | 'not-printed' };

export function compareWithPackages(pdf: PdfVerifyResult, checked: readonly Checked[]): HashMatch[] {
  const same = (printed: string | null, actual: string | null) => (printed === null ? 'not-printed' : printed === actual ? 'match' : 'differ');
  return checked.flatMap((c) =>
    c.kind === 'package' && c.facts
      ? [{ package: c.name, assessment: same(pdf.printedHashes.assessment, c.facts.assessmentHash), trailHead: same(pdf.printedHashes.trailHead, c.facts.trailHead) }]
      : [],
  );
}
