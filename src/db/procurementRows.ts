import type { Assessment, TrailEvent } from '../domain';
import type { ClarificationFile, Decision, EvidenceFile, Request, ResponseReview } from '../domain/procurement';

/** A buyer's procurement: the request while it is drafted, frozen (with its hash) once sent. */
export interface ProcurementRow {
  id: string;
  request: Request;
  /** Set when the request is exported to vendors; from then on the request never changes. */
  requestHash: string | null;
  sentAt: string | null;
  updatedAt: string;
  /** The buyer's decision (approve / with conditions / reject); absent until one is recorded. Not indexed. */
  decision?: Decision | null;
}

/** One imported revision of one vendor's response, kept exactly as the vendor signed it. */
export interface ResponseRow {
  /** The vendor-response assessment id of this revision. */
  id: string;
  procurementId: string;
  organisation: string;
  revision: number;
  /** The package text as received: what the signature covers, so it can be checked again at any time. */
  manifestText: string;
  importedAt: string;
  signature: { valid: boolean; trusted: boolean; reasons: string[] };
  review: ResponseReview | null;
}

/** An evidence file's bytes with what the package says about them; `ownerId` is a response (buyer) or an assessment (vendor). */
export interface EvidenceRow extends EvidenceFile {
  ownerId: string;
  blob: Blob;
}

/** A vendor's response as it is written, with the request it answers (kept as received, so its hash can be named). */
export interface VendorResponseRow {
  /** The vendor-response assessment id. */
  id: string;
  requestId: string;
  requestHash: string;
  request: Request;
  /** What the buyer's signature on the request said when it was opened; null when it was not signed. */
  requestSignature: { valid: boolean; signer: string | null } | null;
  assessment: Assessment;
  trail: TrailEvent[];
  /** Set when the response is locked and exported; it never changes after that. */
  exportedAt: string | null;
  updatedAt: string;
  /**
   * On a revision started from a buyer's clarification request: the questions asked, and
   * what the buyer's signature on that file said when it was opened. Absent on revision 1.
   */
  clarification?: VendorClarification;
}

export interface VendorClarification {
  round: ClarificationFile['round'];
  questions: ClarificationFile['questions'];
  exportedAt: string;
  signature: { valid: boolean; signer: string | null } | null;
}
