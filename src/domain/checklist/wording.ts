import type { TriageAnswers } from './rules';
import type { Checklist, ChecklistItem } from './schema';

/** Whether the assessment is made by a buyer (procurer), from the checklist's perspective question. */
export function isBuyerAssessment(checklist: Pick<Checklist, 'perspective'>, triage: TriageAnswers): boolean {
  return triage[checklist.perspective.question] === 'buyer';
}

/** The question as this assessor should read it: the buyer's wording when there is one and they are buying. */
export function questionFor(item: Pick<ChecklistItem, 'question' | 'questionBuyer'>, buyer: boolean): string {
  return buyer && item.questionBuyer ? item.questionBuyer : item.question;
}
