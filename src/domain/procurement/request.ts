import { z } from 'zod';
import { detail, patterned, problemIssue, refineProblem } from '../problems';
import { ANSWER_STATUSES, ChecklistRefSchema, ItemIdSchema } from '../checklist/schema';
import { TriageValueSchema } from '../checklist/rules';
import { bounded, LIMITS, uniqueIds } from '../limits';
import { requiredUserText, trimmedUserText, userText } from '../text/userText';
import { StageIdSchema } from '../lifecycle';
import { contentHash } from '../canonical';

/**
 * A buyer's vendor questionnaire (issue 8): which checklist items and custom
 * questions a vendor must answer about its product, which of them are mandatory
 * and which are deal-breakers. The request is what vendors' responses bind to,
 * by its hash (`requestHash`), so it is frozen once sent: a changed request is a
 * new request with a new hash.
 */
export const PROCUREMENT_STAGES = ['market-consultation', 'tender', 'award', 'contract-management'] as const;
export const ProcurementStageSchema = z.enum(PROCUREMENT_STAGES);
export type ProcurementStage = z.infer<typeof ProcurementStageSchema>;

/** How many of each a request may hold; counted before entries are checked (see `bounded`). */
export const REQUEST_LIMITS = {
  items: 500,
  customQuestions: 100,
  mandatory: 600,
  dealBreakers: 600,
} as const;

/** Custom questions are keyed CQ-01 … CQ-999, a form no checklist item uses, so answers to both share one map. */
export const CustomQuestionIdSchema = patterned(/^CQ-\d{2,3}$/, 'CQ-01');
/** A question a request asks: a checklist item id or a custom question id. */
export const QuestionKeySchema = z.union([CustomQuestionIdSchema, ItemIdSchema]);
export type QuestionKey = z.infer<typeof QuestionKeySchema>;

export const CustomQuestionSchema = z.strictObject({
  id: CustomQuestionIdSchema,
  /** Worded, like checklist items, so that "Yes" is the answer the buyer wants: the same answer scale applies. */
  question: requiredUserText(2000, 'question'),
  guidance: userText(5000).default(''),
  /** The lifecycle stage it belongs to, so it sorts with the checklist items of that stage. */
  stage: StageIdSchema,
});
export type CustomQuestion = z.infer<typeof CustomQuestionSchema>;

/**
 * What can raise a deal-breaker: an answer, or no answer at all. `not-applicable` is
 * not a default trigger (the issue names "No", "Don't know", "Partly" and no answer),
 * but a buyer may add it for an item where claiming it does not apply is itself a problem.
 */
export const DEAL_BREAKER_TRIGGERS = ['no', 'unknown', 'partial', 'unanswered', 'not-applicable'] as const;
export const DealBreakerTriggerSchema = z.enum(DEAL_BREAKER_TRIGGERS);
export type DealBreakerTrigger = z.infer<typeof DealBreakerTriggerSchema>;

/** `triggers` absent: the default policy (see `dealBreakerTriggers`). Present: the buyer's per-item override. */
export const DealBreakerSchema = z.strictObject({
  triggers: z
    .array(DealBreakerTriggerSchema)
    .max(DEAL_BREAKER_TRIGGERS.length)
    .refine((t) => t.length > 0, refineProblem(detail('deal-breaker-no-trigger')))
    .refine((t) => new Set(t).size === t.length, refineProblem(detail('duplicates')))
    .optional(),
  /** Why the buyer departs from the default policy; shown to vendors beside the item. */
  note: userText(2000).default(''),
});
export type DealBreaker = z.infer<typeof DealBreakerSchema>;

const IsoTime = z.iso.datetime({ offset: true });

const uniqueList = <T extends z.ZodType<string>>(entry: T, max: number) =>
  bounded(
    z.array(entry).superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue(problemIssue(detail('duplicate-value', { value: value.slice(0, 100) }), [index]));
        seen.add(value);
      });
    }),
    max,
  );

export const REQUEST_SCHEMA_VERSION = 1;

export const RequestSchema = z
  .strictObject({
    schemaVersion: z.literal(REQUEST_SCHEMA_VERSION),
    id: z.uuid(),
    createdAt: IsoTime,
    buyer: z.strictObject({
      organisation: requiredUserText(200, 'buying-organisation'),
      contact: trimmedUserText(200).default(''),
    }),
    procurement: z.strictObject({
      title: requiredUserText(300, 'procurement-title'),
      reference: trimmedUserText(100).default(''),
      stage: ProcurementStageSchema,
    }),
    /** The checklist the items come from, by content hash, so every vendor answers the same questions. */
    checklist: ChecklistRefSchema,
    /** The product's profile, set by the buyer, so applicability is computed the same way for every vendor. */
    profile: bounded(z.record(z.string().max(100), TriageValueSchema), LIMITS.triageKeys).default({}),
    /** Checklist items asked, in the buyer's order. */
    items: uniqueList(ItemIdSchema, REQUEST_LIMITS.items),
    customQuestions: bounded(
      z.array(CustomQuestionSchema).superRefine((list, ctx) => uniqueIds(list, ctx)),
      REQUEST_LIMITS.customQuestions,
    ).default([]),
    mandatory: uniqueList(QuestionKeySchema, REQUEST_LIMITS.mandatory).default([]),
    dealBreakers: bounded(z.record(QuestionKeySchema, DealBreakerSchema), REQUEST_LIMITS.dealBreakers).default({}),
    instructions: userText(20000).default(''),
    /** The last day for responses, as YYYY-MM-DD; empty when there is none. */
    deadline: z.union([z.literal(''), z.iso.date()]).default(''),
  })
  .superRefine((request, ctx) => {
    // Mandatory and deal-breaker marks on a question the request does not ask would be shown nowhere.
    const asked = new Set<string>([...request.items, ...request.customQuestions.map((q) => q.id)]);
    if (asked.size === 0) ctx.addIssue(problemIssue(detail('request-no-questions'), ['items']));
    request.mandatory.forEach((key, index) => {
      if (!asked.has(key)) ctx.addIssue(problemIssue(detail('mandatory-not-asked', { key }), ['mandatory', index]));
    });
    for (const key of Object.keys(request.dealBreakers)) {
      if (!asked.has(key)) ctx.addIssue(problemIssue(detail('deal-breaker-not-asked', { key }), ['dealBreakers', key]));
    }
    request.items.forEach((id, index) => {
      if (id.startsWith('CQ-')) ctx.addIssue(problemIssue(detail('custom-question-in-items', { id }), ['items', index]));
    });
  });
export type Request = z.infer<typeof RequestSchema>;
export type RequestInput = z.input<typeof RequestSchema>;

/** Every question the request asks, checklist items first in the buyer's order, then custom questions. */
export function requestQuestionKeys(request: Pick<Request, 'items' | 'customQuestions'>): QuestionKey[] {
  return [...request.items, ...request.customQuestions.map((q) => q.id)];
}

/** `sha256:<hex>` over the request's canonical JSON: what a response names to bind itself to this request. */
export function requestHash(request: Request): Promise<string> {
  return contentHash(request);
}

/** The answers a vendor chooses from: the checklist's scale, for items and custom questions alike. */
export const RESPONSE_ANSWER_STATUSES = ANSWER_STATUSES;
