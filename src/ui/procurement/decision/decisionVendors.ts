import type { ChecklistItem } from '../../../domain';
import { compareResponses, requestQuestionKeys, responseRedFlags, weakAnswers, type ComparedVendor, type DecisionVendor, type Request } from '../../../domain/procurement';
import type { ResponseRow } from '../../../db/procurementRows';
import { latestRevisions } from '../ComparisonSection';
import type { LinkableQuestion } from './ConditionsEditor';

export interface DecisionCandidate extends DecisionVendor {
  compared: ComparedVendor;
  /** Its red flags first, then its other weak answers, with the question as the vendor read it. */
  linkable: LinkableQuestion[];
}

/**
 * The vendors a decision can name: each vendor's latest imported revision, in the one
 * order the comparison allows, with the red flags its answers raise and its weak answers.
 */
export function decisionCandidates(
  request: Request,
  rows: readonly ResponseRow[],
  items: ReadonlyMap<string, ChecklistItem>,
  /** A checklist question as the buyer reads it (useChecklistLanguage), with its language when not the page's; the English source when absent. */
  shownQuestion: (key: string) => { question: string; lang?: string } | undefined = () => undefined,
): DecisionCandidate[] {
  const compared = latestRevisions(rows);
  const order = compareResponses(request, items, compared).summaries.map((s) => s.id);
  const custom = new Map(request.customQuestions.map((q) => [q.id, q.question]));
  // The buyer's own questions stay as written; the checklist's are shown in the chosen language where translated.
  const question = (key: string): Pick<LinkableQuestion, 'question' | 'lang'> => {
    const own = custom.get(key);
    if (own !== undefined) return { question: own };
    return shownQuestion(key) ?? { question: items.get(key)?.question ?? key };
  };
  const keys = requestQuestionKeys(request);
  return order.map((id) => {
    const v = compared.find((c) => c.id === id)!;
    const row = rows.find((r) => r.id === id)!;
    const redFlags = responseRedFlags(request, v.assessment.answers, items).map((f) => f.key);
    const flagged = new Set(redFlags);
    const weak = weakAnswers(keys, v.assessment.answers).filter((k) => !flagged.has(k));
    return {
      responseId: id,
      organisation: v.assessment.subject.organisation,
      revision: row.revision,
      redFlags,
      compared: v,
      linkable: [...redFlags.map((key) => ({ key, ...question(key), redFlag: true })), ...weak.map((key) => ({ key, ...question(key), redFlag: false }))],
    };
  });
}
