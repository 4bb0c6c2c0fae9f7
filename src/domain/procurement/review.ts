import { z } from 'zod';
import { detail, refineProblem } from '../problems';
import { originOf } from '../assessment/create';
import type { Assessment } from '../assessment/schema';
import { bounded } from '../limits';
import { userText } from '../text/userText';
import { QuestionKeySchema, REQUEST_LIMITS, requestQuestionKeys, type QuestionKey, type Request } from './request';
import type { EvidenceFile } from './response';

/**
 * The buyer's review of one vendor's response (issue 8, "Review"). Kept beside the
 * response, never inside it: the response stays byte for byte what the vendor signed.
 * A round is one pass over one revision of the response; a clarification round sends
 * the open questions back and the vendor's answer comes in as the next revision.
 */
export const RESPONSE_VERDICTS = ['accepted', 'clarification-needed', 'insufficient'] as const;
export const ResponseVerdictSchema = z.enum(RESPONSE_VERDICTS);
export type ResponseVerdict = z.infer<typeof ResponseVerdictSchema>;

export const AnswerReviewSchema = z
  .strictObject({
    verdict: ResponseVerdictSchema,
    comment: userText(20000).default(''),
    reviewedAt: z.iso.datetime({ offset: true }),
    reviewedBy: userText(200).default(''),
  })
  // A clarification request without a question would send the vendor nothing to answer.
  .refine((r) => r.verdict !== 'clarification-needed' || r.comment.trim().length > 0, refineProblem(detail('missing', { what: 'clarification' }), ['comment']));
export type AnswerReview = z.infer<typeof AnswerReviewSchema>;

export const ResponseReviewSchema = z.strictObject({
  /** The vendor-response assessment reviewed (one id per revision). */
  responseId: z.uuid(),
  revision: z.number().int().min(1),
  round: z.number().int().min(1),
  answers: bounded(z.record(QuestionKeySchema, AnswerReviewSchema), REQUEST_LIMITS.items + REQUEST_LIMITS.customQuestions).default({}),
});
export type ResponseReview = z.infer<typeof ResponseReviewSchema>;

export interface OpenQuestion {
  key: QuestionKey;
  comment: string;
}

/** The questions a clarification round sends back, in the request's order. */
export function openClarifications(request: Pick<Request, 'items' | 'customQuestions'>, review: Pick<ResponseReview, 'answers'>): OpenQuestion[] {
  return requestQuestionKeys(request).flatMap((key) => {
    const r = Object.hasOwn(review.answers, key) ? review.answers[key] : undefined;
    return r?.verdict === 'clarification-needed' ? [{ key, comment: r.comment }] : [];
  });
}

export type RevisionProblem = 'not-next-number' | 'different-parent' | 'parent-hash-differs' | 'other-vendor';

/**
 * Whether `next` is the revision that follows `previous`: the next number, naming
 * `previous` as its parent by id and by hash of the revision as the buyer received it
 * (so a re-submission cannot rewrite round 1), from the same vendor organisation.
 */
export function nextRevisionProblem(previous: Assessment, next: Assessment): RevisionProblem | null {
  if (next.revision.number !== previous.revision.number + 1) return 'not-next-number';
  const parent = next.revision.parent;
  if (!parent || parent.id !== previous.id || parent.number !== previous.revision.number) return 'different-parent';
  if (parent.hash !== originOf(previous).hash) return 'parent-hash-differs';
  if (next.subject.organisation !== previous.subject.organisation) return 'other-vendor';
  return null;
}

export type AnswerChange = 'answer' | 'notes' | 'evidence';

/** The evidence files attached to one question, by hash, that one revision added and removed. */
export function evidenceChanges(previous: readonly EvidenceFile[], next: readonly EvidenceFile[], key: string): { added: EvidenceFile[]; removed: EvidenceFile[] } {
  const of = (list: readonly EvidenceFile[]) => list.filter((e) => e.questionKey === key);
  const had = new Set(of(previous).map((e) => e.sha256));
  const has = new Set(of(next).map((e) => e.sha256));
  return { added: of(next).filter((e) => !had.has(e.sha256)), removed: of(previous).filter((e) => !has.has(e.sha256)) };
}

export interface AnswerDiff {
  key: QuestionKey;
  changes: AnswerChange[];
}

/**
 * What changed between two revisions of a response, per question ("changed since round
 * 1"), in the request's order; questions that did not change are left out. Evidence is
 * compared by the set of file hashes attached to the question, and by evidence links.
 */
export function diffResponseRevisions(
  request: Pick<Request, 'items' | 'customQuestions'>,
  previous: { assessment: Assessment; evidence: readonly EvidenceFile[] },
  next: { assessment: Assessment; evidence: readonly EvidenceFile[] },
): AnswerDiff[] {
  const files = (list: readonly EvidenceFile[], key: string) => list.filter((e) => e.questionKey === key).map((e) => e.sha256).sort().join(' ');
  const out: AnswerDiff[] = [];
  for (const key of requestQuestionKeys(request)) {
    const a = Object.hasOwn(previous.assessment.answers, key) ? previous.assessment.answers[key] : undefined;
    const b = Object.hasOwn(next.assessment.answers, key) ? next.assessment.answers[key] : undefined;
    const changes: AnswerChange[] = [];
    if ((a?.status ?? null) !== (b?.status ?? null)) changes.push('answer');
    if ((a?.notes ?? '') !== (b?.notes ?? '')) changes.push('notes');
    const links = (x: typeof a) => JSON.stringify(x?.evidence ?? []);
    if (files(previous.evidence, key) !== files(next.evidence, key) || links(a) !== links(b)) changes.push('evidence');
    if (changes.length) out.push({ key, changes });
  }
  return out;
}

/**
 * The review a new revision starts with: the previous round's verdicts on every answer
 * that did not change (so the buyer re-reviews only what the vendor changed), and none
 * on the answers that did. An open clarification the vendor did not answer stays open.
 */
export function carriedReview(
  request: Pick<Request, 'items' | 'customQuestions'>,
  previous: { assessment: Assessment; evidence: readonly EvidenceFile[]; review: Pick<ResponseReview, 'answers'> | null },
  next: { assessment: Assessment; evidence: readonly EvidenceFile[] },
): ResponseReview {
  const changed = new Set(diffResponseRevisions(request, previous, next).map((d) => d.key));
  const kept = Object.entries(previous.review?.answers ?? {}).filter(([key]) => !changed.has(key));
  const number = next.assessment.revision.number;
  return { responseId: next.assessment.id, revision: number, round: number, answers: Object.fromEntries(kept) };
}
