import type { ChecklistItem } from '../checklist/schema';
import { describeCitation, type CitationParts, type SourcesRegistry } from '../checklist/sources';
import { contentHash } from '../canonical';
import { reportIdFor } from '../reportId';
import { compareResponses, type ComparedVendor, type MatrixCell, type VendorSummary } from './compare';
import type { ClauseLibrary } from './clauses';
import { responseRedFlags, type ResponseRedFlagSource } from './dealBreakers';
import type { Decision, DecisionOutcome } from './decision';
import type { DealBreakerTrigger, ProcurementStage, QuestionKey, Request } from './request';

/**
 * The decision report's model (issue 8): the procurement, the vendors compared with their
 * red flags, the comparison matrix, the decision with its reasons, and the conditions with
 * the citations of the clauses they came from and the questions they answer. Built from
 * codes and the buyer's and vendors' own text; the PDF and HTML renderers (src/report)
 * put words on the codes. The same inputs and date give the same model, hence the same id.
 */
export interface DecisionReportFlag {
  key: QuestionKey;
  question: string;
  source: ResponseRedFlagSource;
  trigger: DealBreakerTrigger;
}

export interface DecisionReportVendor {
  responseId: string;
  organisation: string;
  productName: string;
  revision: number;
  /** What the signature on the stored response said when it was imported; null when unsigned. */
  signature: { valid: boolean; trusted: boolean; signer: string | null } | null;
  summary: Pick<VendorSummary, 'redFlags' | 'insufficient' | 'clarificationsOpen' | 'mandatoryMissing' | 'answered' | 'asked'>;
  redFlags: DecisionReportFlag[];
}

export interface DecisionReportCondition {
  clauseId: string;
  title: string;
  text: string;
  /** The library clause's citations, resolved against the sources registry. */
  citations: CitationParts[];
  /** The library's note on which measures are good practice beyond the sources; null when none. */
  goodPractice: string | null;
  answers: { key: QuestionKey; question: string; redFlag: boolean }[];
}

export interface DecisionReport {
  meta: {
    reportId: string;
    generatedAt: string;
    /** `sha256:` over the canonical JSON of the request hash, the responses compared and the decision. */
    decisionHash: string;
    requestHash: string;
  };
  procurement: {
    buyer: string;
    contact: string;
    title: string;
    reference: string;
    stage: ProcurementStage;
    deadline: string;
    sentAt: string | null;
    checklist: { id: string; version: string };
  };
  /** In the one order the comparison allows (a vendor with a red flag never above one without). */
  vendors: DecisionReportVendor[];
  matrix: {
    /** Column heads, in the order of each row's cells: the vendors' allowed order. */
    vendors: string[];
    rows: { key: QuestionKey; question: string; mandatory: boolean; dealBreaker: boolean; cells: MatrixCell[] }[];
  };
  decision: {
    outcome: DecisionOutcome;
    vendor: string | null;
    revision: number | null;
    rationale: string;
    decidedAt: string;
    decidedBy: string;
    acceptedRedFlags: DecisionReportFlag[];
    /**
     * The decision names a revision that is no longer the vendor's latest (a re-submission was
     * imported after it): the report must say so rather than state the red flags of a response
     * nobody decided on. `acceptedRedFlags` is then empty and `acceptedKeys` says what was accepted.
     */
    stale: boolean;
    acceptedKeys: QuestionKey[];
  };
  conditions: DecisionReportCondition[];
  library: { id: string; version: string; title: string };
}

export interface DecisionReportInput {
  request: Request;
  requestHash: string;
  sentAt: string | null;
  items: ReadonlyMap<string, ChecklistItem>;
  vendors: readonly (ComparedVendor & { revision: number; signature: DecisionReportVendor['signature'] })[];
  decision: Decision;
  library: ClauseLibrary;
  registry: SourcesRegistry;
  generatedAt: string;
}

export async function buildDecisionReport(input: DecisionReportInput): Promise<DecisionReport> {
  const { request, items, decision, library } = input;
  const custom = new Map(request.customQuestions.map((q) => [q.id, q.question]));
  const question = (key: QuestionKey) => custom.get(key) ?? items.get(key)?.question ?? key;
  const comparison = compareResponses(request, items, input.vendors);
  const flagsOf = new Map(
    input.vendors.map((v) => [v.id, responseRedFlags(request, v.assessment.answers, items).map((f): DecisionReportFlag => ({ ...f, question: question(f.key) }))]),
  );
  const byId = new Map(input.vendors.map((v) => [v.id, v]));
  const columns = comparison.summaries.map((summary) => input.vendors.findIndex((v) => v.id === summary.id));
  const vendors = comparison.summaries.map((s): DecisionReportVendor => {
    const v = byId.get(s.id)!;
    const { redFlags, insufficient, clarificationsOpen, mandatoryMissing, answered, asked } = s;
    return {
      responseId: v.id,
      organisation: v.assessment.subject.organisation,
      productName: v.assessment.subject.productName,
      revision: v.revision,
      signature: v.signature,
      summary: { redFlags, insufficient, clarificationsOpen, mandatoryMissing, answered, asked },
      redFlags: flagsOf.get(v.id) ?? [],
    };
  });
  const stale = !!decision.vendor && !byIdHas(input.vendors, decision.vendor.responseId);
  const decided = decision.vendor && !stale ? (flagsOf.get(decision.vendor.responseId) ?? []) : [];
  const accepted = new Set(decision.acceptedRedFlags);
  const clauses = new Map(library.clauses.map((c) => [c.id, c]));
  const decisionHash = await contentHash({ requestHash: input.requestHash, responses: input.vendors.map((v) => v.id), decision });
  return {
    meta: { reportId: await reportIdFor(decisionHash, input.generatedAt), generatedAt: input.generatedAt, decisionHash, requestHash: input.requestHash },
    procurement: {
      buyer: request.buyer.organisation,
      contact: request.buyer.contact,
      title: request.procurement.title,
      reference: request.procurement.reference,
      stage: request.procurement.stage,
      deadline: request.deadline,
      sentAt: input.sentAt,
      checklist: { id: request.checklist.id, version: request.checklist.version },
    },
    vendors,
    // Columns in the one allowed order too, as on the screen: a flagged vendor never left of one without.
    matrix: {
      vendors: columns.map((i) => input.vendors[i]!.assessment.subject.organisation),
      rows: comparison.rows.map((r) => ({ key: r.key, question: question(r.key), mandatory: r.mandatory, dealBreaker: r.dealBreaker, cells: columns.map((i) => r.cells[i]!) })),
    },
    decision: {
      outcome: decision.outcome,
      vendor: decision.vendor?.organisation ?? null,
      revision: decision.vendor?.revision ?? null,
      rationale: decision.rationale,
      decidedAt: decision.decidedAt,
      decidedBy: decision.decidedBy,
      acceptedRedFlags: decided.filter((f) => accepted.has(f.key)),
      stale,
      acceptedKeys: [...decision.acceptedRedFlags],
    },
    conditions: decision.conditions.map((c): DecisionReportCondition => {
      const clause = clauses.get(c.clauseId);
      const flagged = new Set(decided.map((f) => f.key));
      return {
        clauseId: c.clauseId,
        title: c.title,
        text: c.text,
        citations: (clause?.citations ?? []).map((ref) => describeCitation(ref, input.registry)),
        goodPractice: clause?.goodPractice ?? null,
        answers: c.answers.map((key) => ({ key, question: question(key), redFlag: flagged.has(key) })),
      };
    }),
    library: { id: library.id, version: library.version, title: library.title },
  };
}

const byIdHas = (vendors: readonly { id: string }[], id: string) => vendors.some((v) => v.id === id);
