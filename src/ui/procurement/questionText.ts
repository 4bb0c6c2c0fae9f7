import type { Checklist } from '../../domain';
import type { Request } from '../../domain/procurement';

/** A question as the vendor reads it: a checklist item in the builder's wording, or the buyer's own words. */
export function questionText(key: string, request: Pick<Request, 'customQuestions'>, checklist: Checklist): string {
  const custom = request.customQuestions.find((q) => q.id === key);
  if (custom) return custom.question;
  return checklist.items.find((item) => item.id === key)?.question ?? key;
}
