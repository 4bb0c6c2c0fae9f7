import { STAGES, type StageId } from '../lifecycle';
import type { ResolvedChecklist } from '../checklist/resolve';
import type { ChecklistItem } from '../checklist/schema';
import { raisesRedFlag } from '../checklist/redFlags';
import type { Assessment } from './schema';

export function isAnswered(assessment: Assessment, itemId: string): boolean {
  const status = assessment.answers[itemId]?.status;
  return status !== undefined && status !== null;
}

export interface StageCompletion {
  stage: StageId;
  applicable: number;
  answered: number;
}

export function stageCompletion(assessment: Assessment, resolved: ResolvedChecklist): StageCompletion[] {
  return completionOf((id) => isAnswered(assessment, id), resolved);
}

function completionOf(answered: (itemId: string) => boolean, resolved: ResolvedChecklist): StageCompletion[] {
  return STAGES.map((stage) => {
    const items = resolved.applicable[stage];
    return { stage, applicable: items.length, answered: items.filter((i) => answered(i.id)).length };
  });
}

/** Share of applicable items answered, 0–100, rounded down so 100 means truly complete. */
export function percentAnswered(assessment: Assessment, resolved: ResolvedChecklist): number {
  return percentOfAnswered((id) => isAnswered(assessment, id), resolved);
}

/** The same share from only the set of answered item ids (the home list's summaries keep no answers). */
export function percentOfAnswered(isDone: (itemId: string) => boolean, resolved: ResolvedChecklist): number {
  const all = completionOf(isDone, resolved);
  const applicable = all.reduce((n, s) => n + s.applicable, 0);
  const answered = all.reduce((n, s) => n + s.answered, 0);
  return applicable === 0 ? 0 : Math.floor((answered * 100) / applicable);
}

/** Every applicable item still without an answer, in walk order. */
export function unansweredItems(assessment: Assessment, resolved: ResolvedChecklist): ChecklistItem[] {
  return STAGES.flatMap((stage) => resolved.applicable[stage].filter((i) => !isAnswered(assessment, i.id)));
}

/** Applicable red-flag items whose answer triggers the flag, in walk order. */
export function raisedRedFlags(assessment: Assessment, resolved: ResolvedChecklist): { item: ChecklistItem; status: string }[] {
  return STAGES.flatMap((stage) =>
    resolved.applicable[stage].flatMap((item) => {
      const status = assessment.answers[item.id]?.status;
      return status && raisesRedFlag(item, status) ? [{ item, status }] : [];
    }),
  );
}

/**
 * Applicable red-flag items with no answer yet, in walk order: under the red-flag policy
 * they block the review, since an unanswered stop question is not a cleared one.
 */
export function redFlagBlockers(assessment: Assessment, resolved: ResolvedChecklist): ChecklistItem[] {
  return unansweredItems(assessment, resolved).filter((i) => i.redFlag);
}
