import type { AnswerStatus, ChecklistItem } from '../checklist/schema';
import { raisesRedFlag } from '../checklist/redFlags';
import type { DealBreaker, DealBreakerTrigger, QuestionKey, Request } from './request';
import { requestQuestionKeys } from './request';

/**
 * The deal-breaker policy, in one place (issue 8). On a deal-breaker, every answer
 * that is not a plain "Yes" raises a red flag: "No", "Don't know", "Partly" and no
 * answer at all. A vendor can therefore not escape a red flag by not knowing or by
 * half-answering. The buyer may override the set per item (`DealBreaker.triggers`),
 * and the override is shown to vendors. Codes only: the words are in the UI.
 */
export const DEFAULT_DEAL_BREAKER_TRIGGERS: readonly DealBreakerTrigger[] = ['no', 'unknown', 'partial', 'unanswered'];

export function dealBreakerTriggers(rule: DealBreaker): readonly DealBreakerTrigger[] {
  return rule.triggers ?? DEFAULT_DEAL_BREAKER_TRIGGERS;
}

/** What a vendor's answer is, for the policy: a status, or `unanswered` when there is none. */
export function answerTrigger(status: AnswerStatus | null | undefined): DealBreakerTrigger | 'yes' {
  return status ? status : 'unanswered';
}

/** Whether this answer to a deal-breaker raises its red flag. */
export function raisesDealBreaker(rule: DealBreaker, status: AnswerStatus | null | undefined): boolean {
  const trigger = answerTrigger(status);
  return trigger !== 'yes' && dealBreakerTriggers(rule).includes(trigger);
}

/** Why a question raised a red flag: the buyer's deal-breaker, or the checklist's own red-flag item. */
export type ResponseRedFlagSource = 'deal-breaker' | 'checklist';

export interface ResponseRedFlag {
  key: QuestionKey;
  source: ResponseRedFlagSource;
  /** The answer that raised it. */
  trigger: DealBreakerTrigger;
}

type AnswerLike = { status: AnswerStatus | null } | undefined;

/**
 * Every red flag a response raises, in the request's question order. On a deal-breaker
 * the buyer's policy alone decides (an override that accepts "Partly" also silences the
 * checklist's flag there: the buyer has said "Partly" is acceptable). On any other asked
 * item the checklist's own red-flag policy applies, so a buyer who marks no deal-breaker
 * still sees the checklist's red flags.
 */
export function responseRedFlags(
  request: Pick<Request, 'items' | 'customQuestions' | 'dealBreakers'>,
  answers: Readonly<Record<string, AnswerLike>>,
  checklistItems: ReadonlyMap<string, ChecklistItem>,
): ResponseRedFlag[] {
  const flags: ResponseRedFlag[] = [];
  for (const key of requestQuestionKeys(request)) {
    const status = Object.hasOwn(answers, key) ? (answers[key]?.status ?? null) : null;
    const trigger = answerTrigger(status);
    if (trigger === 'yes') continue;
    const rule = Object.hasOwn(request.dealBreakers, key) ? request.dealBreakers[key] : undefined;
    if (rule) {
      if (raisesDealBreaker(rule, status)) flags.push({ key, source: 'deal-breaker', trigger });
      continue;
    }
    const item = checklistItems.get(key);
    if (item && raisesRedFlag(item, status)) flags.push({ key, source: 'checklist', trigger });
  }
  return flags;
}
