import { z } from 'zod';
import { detail, matching, problemIssue, refineProblem } from '../problems';
import { requiredUserText, userText } from '../text/userText';
import { ClauseIdSchema, type Clause, type ClauseLibrary } from './clauses';
import { QuestionKeySchema, type QuestionKey } from './request';

/**
 * The buyer's decision on a procurement (issue 8, "Decision"): approve, approve with
 * conditions drawn from the clause library, or reject, always with the reasons. Kept
 * beside the procurement, never inside a vendor's response. Codes only; the screens and
 * the decision report put words on them.
 *
 * No score softens a red flag: approving a vendor whose latest response still raises red
 * flags is refused unless the decision lists every one of them as knowingly accepted
 * (`acceptedRedFlags`), and the report prints that list.
 */
export const DECISION_OUTCOMES = ['approve', 'approve-with-conditions', 'reject'] as const;
export const DecisionOutcomeSchema = z.enum(DECISION_OUTCOMES);
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/** How many conditions one decision may carry; counted before they are checked. */
export const DECISION_MAX_CONDITIONS = 50;

const uniqueKeys = z
  .array(QuestionKeySchema)
  .max(600)
  .refine((keys) => new Set(keys).size === keys.length, refineProblem(detail('duplicates')));

export const DecisionConditionSchema = z.strictObject({
  /** The library clause it was drawn from: its citations come from there, never from the buyer. */
  clauseId: ClauseIdSchema,
  /** The clause's title and text as the buyer edited them for this procurement. */
  title: requiredUserText(200, 'condition-title'),
  text: requiredUserText(10000, 'condition-text'),
  /** The questions of the approved vendor's response (red flags or weak answers) the condition answers. */
  answers: uniqueKeys.default([]),
});
export type DecisionCondition = z.infer<typeof DecisionConditionSchema>;

export const DECISION_SCHEMA_VERSION = 1;

export const DecisionSchema = z
  .strictObject({
    schemaVersion: z.literal(DECISION_SCHEMA_VERSION),
    outcome: DecisionOutcomeSchema,
    /**
     * The vendor decided on, by the revision of its response that was compared. Required to
     * approve; null on a rejection means no vendor is approved.
     */
    vendor: z.strictObject({ responseId: z.uuid(), organisation: z.string().max(200), revision: z.number().int().min(1) }).nullable(),
    rationale: requiredUserText(20000, 'decision-reasons'),
    /** The library the conditions come from, by id and version (released libraries never change). */
    clauseLibrary: z.strictObject({ id: z.string().min(1).max(100), version: matching(/^\d+\.\d+\.\d+$/, '1.0.0') }),
    conditions: z.array(DecisionConditionSchema).max(DECISION_MAX_CONDITIONS).default([]),
    /** The approved vendor's open red flags, each confirmed by the officer as knowingly accepted. */
    acceptedRedFlags: uniqueKeys.default([]),
    decidedAt: z.iso.datetime({ offset: true }),
    decidedBy: userText(200).default(''),
  })
  .superRefine((d, ctx) => {
    const approving = d.outcome !== 'reject';
    if (approving && !d.vendor) ctx.addIssue(problemIssue(detail('missing', { what: 'approved-vendor' }), ['vendor']));
    if (d.outcome === 'approve-with-conditions' && d.conditions.length === 0) {
      ctx.addIssue(problemIssue(detail('conditions-missing'), ['conditions']));
    }
    if (d.outcome !== 'approve-with-conditions' && d.conditions.length > 0) {
      ctx.addIssue(problemIssue(detail('conditions-not-allowed'), ['conditions']));
    }
    if (!approving && d.acceptedRedFlags.length > 0) ctx.addIssue(problemIssue(detail('rejection-accepts-red-flag'), ['acceptedRedFlags']));
    const seen = new Set<string>();
    d.conditions.forEach((c, index) => {
      if (seen.has(c.clauseId)) ctx.addIssue(problemIssue(detail('duplicate-value', { value: c.clauseId }), ['conditions', index, 'clauseId']));
      seen.add(c.clauseId);
    });
  });
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionInput = z.input<typeof DecisionSchema>;

/** What the decision is checked against: each compared vendor's latest revision and what it raises. */
export interface DecisionVendor {
  responseId: string;
  organisation: string;
  revision: number;
  /** Questions where this response raises a red flag (deal-breaker or checklist red-flag item). */
  redFlags: readonly QuestionKey[];
}

export type DecisionProblem =
  | { code: 'vendor-unknown' }
  | { code: 'red-flags-not-accepted'; keys: QuestionKey[] }
  | { code: 'accepted-not-red-flag'; keys: QuestionKey[] }
  | { code: 'clause-unknown'; clauseId: string }
  | { code: 'library-differs' }
  | { code: 'condition-answers-unasked'; clauseId: string; keys: QuestionKey[] };

/**
 * Why a (schema-valid) decision cannot stand against the procurement as it is now, or
 * an empty list. An approval must name a compared vendor's latest revision and accept
 * exactly its open red flags, no fewer (a red flag is never approved silently) and no
 * more (an accepted "red flag" that is not one would print a false statement); every
 * condition must come from the library named and answer only questions the request asks.
 */
export function decisionProblems(decision: Decision, vendors: readonly DecisionVendor[], library: ClauseLibrary, asked: ReadonlySet<string>): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (decision.clauseLibrary.id !== library.id || decision.clauseLibrary.version !== library.version) problems.push({ code: 'library-differs' });
  if (decision.vendor) {
    const vendor = vendors.find((v) => v.responseId === decision.vendor!.responseId && v.revision === decision.vendor!.revision);
    if (!vendor) problems.push({ code: 'vendor-unknown' });
    else if (decision.outcome !== 'reject') {
      const accepted = new Set(decision.acceptedRedFlags);
      const open = new Set(vendor.redFlags);
      const missing = vendor.redFlags.filter((k) => !accepted.has(k));
      const extra = decision.acceptedRedFlags.filter((k) => !open.has(k));
      if (missing.length) problems.push({ code: 'red-flags-not-accepted', keys: missing });
      if (extra.length) problems.push({ code: 'accepted-not-red-flag', keys: extra });
    }
  }
  const clauses = new Set(library.clauses.map((c) => c.id));
  for (const c of decision.conditions) {
    if (!clauses.has(c.clauseId)) problems.push({ code: 'clause-unknown', clauseId: c.clauseId });
    const unasked = c.answers.filter((k) => !asked.has(k));
    if (unasked.length) problems.push({ code: 'condition-answers-unasked', clauseId: c.clauseId, keys: unasked });
  }
  return problems;
}

/**
 * A condition drawn from a library clause, before the buyer edits it: the clause's own
 * title and text, linked to the vendor's questions it answers by the library's mapping
 * (the clause's items that the vendor flagged or answered weakly). The buyer may change
 * all three.
 */
export function conditionFromClause(clause: Clause, weakOrFlagged: ReadonlySet<string>): DecisionCondition {
  return { clauseId: clause.id, title: clause.title, text: clause.text, answers: clause.items.filter((id) => weakOrFlagged.has(id)) };
}

/**
 * The library's clauses with those that answer the vendor's red flags first (then those
 * answering its other weak answers, then the rest, each in library order), so the officer
 * sees first what the red flags call for.
 */
export function clausesByRelevance(library: ClauseLibrary, redFlags: ReadonlySet<string>, weak: ReadonlySet<string>): Clause[] {
  const rank = (c: Clause) => (c.items.some((id) => redFlags.has(id)) ? 0 : c.items.some((id) => weak.has(id)) ? 1 : 2);
  return library.clauses.map((c, i) => ({ c, i, r: rank(c) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.c);
}

/**
 * Questions a response answered "No", "Partly" or "Don't know": the vendor's own findings,
 * which a condition may answer besides its red flags. A question left unanswered counts only
 * where it raises a red flag (a deal-breaker), so a short response does not bury the list.
 */
export function weakAnswers(keys: readonly QuestionKey[], answers: Readonly<Record<string, { status: string | null } | undefined>>): QuestionKey[] {
  return keys.filter((key) => {
    const status = Object.hasOwn(answers, key) ? (answers[key]?.status ?? null) : null;
    return status === 'no' || status === 'partial' || status === 'unknown';
  });
}
