import type { jsPDF } from 'jspdf';
import type { LanguageState } from '../../i18n/language';
import { signatureWords } from '../signatureWords';
import { BODY, SMALL, MUTED, ACCENT, type Layout } from './layout';
import { isolate } from './bidi';

/**
 * What a report that is about to be signed prints about its signature. It is
 * drawn before signing, so it sits inside the signed bytes: changing any of it
 * breaks the signature.
 */
export interface SignatureBlock {
  signerName: string;
  organisation: string;
  /** ISO 8601: the signer's own clock. */
  signedAt: string;
  /** SHA-256 fingerprint of the signing certificate, hex. */
  certificateFingerprint: string;
  /** Head hash of the assessment's change trail (`sha256:<hex>` or bare hex), when it has one. */
  trailHeadHash: string | null;
}

/** How much room the signature block takes, so the assessment hash before it can keep room for it too. */
export const signatureBlockHeight = (layout: Layout) => 10 * layout.lineHeight(BODY) + 14;

/** The visible "Signed by … on … — verify at …" block, kept together on the last page, in the report's language. */
export function drawSignatureBlock(layout: Layout, block: SignatureBlock, language?: LanguageState): void {
  const words = signatureWords(language);
  layout.space(5);
  layout.ensure(signatureBlockHeight(layout));
  layout.rule();
  layout.space(2);
  layout.paragraph(words.signedBy(isolate(block.signerName, layout.direction), block.organisation ? isolate(block.organisation, layout.direction) : '', block.signedAt), {
    bold: true,
    color: ACCENT,
    after: 1,
  });
  layout.paragraph(words.pades, { size: SMALL, color: MUTED, after: 1 });
  // Each hash on a line of its own, so it is never broken and copies whole.
  const hash = (label: string, value: string) => {
    layout.paragraph(label, { size: SMALL, bold: true, after: 0.3 });
    layout.paragraph(value, { size: SMALL, after: 1 });
  };
  hash(words.fingerprint, block.certificateFingerprint);
  if (block.trailHeadHash) hash(words.trailHead, prefixedHash(block.trailHeadHash));
}

/** Hashes are written one way everywhere a machine reads them: `sha256:<hex>`. */
export const prefixedHash = (hash: string) => (hash.startsWith('sha256:') ? hash : `sha256:${hash}`);

/**
 * The hashes again, machine-readable in the document keywords
 * (`assessment:sha256:<hex> trail-head:sha256:<hex>`), so a verifier can
 * compare them with a package without reading the page text.
 */
export function signatureKeywords(doc: jsPDF, assessmentHash: string, block: SignatureBlock): void {
  const words = [`assessment:${prefixedHash(assessmentHash)}`];
  if (block.trailHeadHash) words.push(`trail-head:${prefixedHash(block.trailHeadHash)}`);
  doc.setProperties({ keywords: words.join(' ') });
}
