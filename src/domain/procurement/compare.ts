import { HRBA_PRINCIPLES, PI_PRINCIPLES, type HrbaPrinciple, type PiPrinciple } from '../checklist/citations';
import type { AnswerStatus, ChecklistItem } from '../checklist/schema';
import type { Assessment } from '../assessment/schema';
import type { StageId } from '../lifecycle';
import { responseRedFlags, type ResponseRedFlagSource } from './dealBreakers';
import { requestQuestionKeys, type QuestionKey, type Request } from './request';
import { missingMandatory, responseCompletion, type EvidenceFile } from './response';
import type { ResponseReview, ResponseVerdict } from './review';

/**
 * The comparison of vendors' responses to one request (issue 8, "Comparison"): a
 * matrix of questions × vendors and a summary per vendor. Codes and counts only;
 * the screen, the CSV and the decision report put words on them.
 */
export interface ComparedVendor {
  /** The vendor-response assessment id of the revision compared (the latest imported). */
  id: string;
  assessment: Assessment;
  evidence: readonly EvidenceFile[];
  review?: Pick<ResponseReview, 'answers'>;
}

export interface MatrixCell {
  status: AnswerStatus | null;
  verdict: ResponseVerdict | null;
  /** Evidence files attached to the question plus evidence links in the answer. */
  evidenceCount: number;
  redFlag: ResponseRedFlagSource | null;
  mandatoryMissing: boolean;
}

export interface MatrixRow {
  key: QuestionKey;
  stage: StageId;
  custom: boolean;
  mandatory: boolean;
  dealBreaker: boolean;
  hrba: readonly HrbaPrinciple[];
  pi: readonly PiPrinciple[];
  /** One cell per vendor, in the order the vendors were given. */
  cells: MatrixCell[];
}

export interface PrincipleCount {
  asked: number;
  answered: number;
  /** Answered "Yes". */
  met: number;
}

export interface VendorSummary {
  id: string;
  organisation: string;
  redFlags: number;
  insufficient: number;
  clarificationsOpen: number;
  mandatoryMissing: QuestionKey[];
  answered: number;
  asked: number;
  hrba: Record<HrbaPrinciple, PrincipleCount>;
  pi: Record<PiPrinciple, PrincipleCount>;
}

export interface Comparison {
  /** Rows where any vendor has a red flag come first; otherwise the request's order. */
  rows: MatrixRow[];
  /** In the order of `orderVendors`. */
  summaries: VendorSummary[];
}

export function compareResponses(request: Request, items: ReadonlyMap<string, ChecklistItem>, vendors: readonly ComparedVendor[]): Comparison {
  const mandatory = new Set(request.mandatory);
  const custom = new Map(request.customQuestions.map((q) => [q.id, q]));
  const flags = vendors.map((v) => new Map(responseRedFlags(request, v.assessment.answers, items).map((f) => [f.key, f.source])));
  const rows: MatrixRow[] = requestQuestionKeys(request).map((key) => {
    const item = items.get(key);
    const cells = vendors.map((v, i): MatrixCell => {
      const answer = Object.hasOwn(v.assessment.answers, key) ? v.assessment.answers[key] : undefined;
      const status = answer?.status ?? null;
      const verdict = v.review && Object.hasOwn(v.review.answers, key) ? (v.review.answers[key]?.verdict ?? null) : null;
      const files = v.evidence.filter((e) => e.questionKey === key).length;
      return { status, verdict, evidenceCount: files + (answer?.evidence.length ?? 0), redFlag: flags[i]!.get(key) ?? null, mandatoryMissing: mandatory.has(key) && !status };
    });
    return {
      key,
      stage: item?.stage ?? custom.get(key)?.stage ?? 'conception',
      custom: custom.has(key),
      mandatory: mandatory.has(key),
      dealBreaker: Object.hasOwn(request.dealBreakers, key),
      hrba: item?.principles.hrba ?? [],
      pi: item?.principles.pi ?? [],
      cells,
    };
  });
  const flagged = rows.filter((r) => r.cells.some((c) => c.redFlag));
  const summaries = vendors.map((v, i) => summarise(request, rows, v, i));
  return { rows: [...flagged, ...rows.filter((r) => !r.cells.some((c) => c.redFlag))], summaries: orderVendors(summaries) };
}

function summarise(request: Request, rows: readonly MatrixRow[], vendor: ComparedVendor, index: number): VendorSummary {
  const count = (verdict: ResponseVerdict) => rows.filter((r) => r.cells[index]!.verdict === verdict).length;
  const tally = <P extends string>(principles: readonly P[], of: (r: MatrixRow) => readonly P[]) =>
    Object.fromEntries(
      principles.map((p) => {
        const mine = rows.filter((r) => of(r).includes(p)).map((r) => r.cells[index]!);
        return [p, { asked: mine.length, answered: mine.filter((c) => c.status).length, met: mine.filter((c) => c.status === 'yes').length }];
      }),
    ) as Record<P, PrincipleCount>;
  const completion = responseCompletion(request, vendor.assessment.answers);
  return {
    id: vendor.id,
    organisation: vendor.assessment.subject.organisation,
    redFlags: rows.filter((r) => r.cells[index]!.redFlag).length,
    insufficient: count('insufficient'),
    clarificationsOpen: count('clarification-needed'),
    mandatoryMissing: missingMandatory(request, vendor.assessment.answers),
    ...completion,
    hrba: tally(HRBA_PRINCIPLES, (r) => r.hrba),
    pi: tally(PI_PRINCIPLES, (r) => r.pi),
  };
}

/**
 * The one ordering of vendors. A vendor with an open red flag never ranks above one
 * without, whatever else it scores: the red-flag test comes first and nothing later
 * can outweigh it. Then fewer red flags, fewer mandatory questions missing, fewer
 * insufficient answers, fewer open clarifications, more answered, and the name.
 */
export function orderVendors(summaries: readonly VendorSummary[]): VendorSummary[] {
  const ratio = (s: VendorSummary) => (s.asked ? s.answered / s.asked : 0);
  return [...summaries].sort(
    (a, b) =>
      Number(a.redFlags > 0) - Number(b.redFlags > 0) ||
      a.redFlags - b.redFlags ||
      a.mandatoryMissing.length - b.mandatoryMissing.length ||
      a.insufficient - b.insufficient ||
      a.clarificationsOpen - b.clarificationsOpen ||
      ratio(b) - ratio(a) ||
      a.organisation.localeCompare(b.organisation, 'en') ||
      a.id.localeCompare(b.id),
  );
}
