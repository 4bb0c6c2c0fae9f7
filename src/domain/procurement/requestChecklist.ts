import type { Checklist, ChecklistRef } from '../checklist/schema';
import type { TriageAnswers } from '../checklist/rules';
import { resolveChecklist } from '../checklist/resolve';
import { profileProblems } from '../exchange/againstChecklist';
import { problem, type Problem } from '../problems';
import { REQUEST_SCHEMA_VERSION, type DealBreaker, type QuestionKey, type Request, type RequestInput } from './request';

/**
 * The items a vendor is asked by default: the ones that apply to the buyer's profile
 * of the product when read from the builder's side (the vendor builds the product),
 * in checklist order. The role the buyer gave, if any, is replaced: a request is always
 * answered by the one who builds.
 */
export function defaultRequestItems(checklist: Checklist, profile: TriageAnswers): string[] {
  const roleQuestion = checklist.perspective.question;
  const builderRole = Object.entries(checklist.perspective.map).find(([, perspectives]) => perspectives.includes('builder') && !perspectives.includes('buyer'))?.[0];
  const triage: TriageAnswers = { ...profile };
  if (builderRole) triage[roleQuestion] = builderRole;
  else delete triage[roleQuestion];
  const resolved = resolveChecklist(checklist, triage);
  return checklist.items.filter((item) => resolved.applicableIds.has(item.id)).map((item) => item.id);
}

/**
 * The deal-breakers a new request starts with: the selected items the checklist itself
 * marks as red flags, under the default policy. The buyer adds, removes or overrides.
 */
export function defaultDealBreakers(checklist: Checklist, items: readonly string[]): Record<QuestionKey, DealBreaker> {
  const selected = new Set(items);
  return Object.fromEntries(checklist.items.filter((item) => item.redFlag && selected.has(item.id)).map((item) => [item.id, { note: '' }]));
}

/**
 * What a valid-looking request names that its checklist does not have: an unknown
 * item, or a profile question or option the checklist does not know. A vendor could
 * not answer such a question, so a request naming one is refused, each with its path.
 */
export function requestChecklistProblems(request: Request, checklist: Checklist): Problem[] {
  const problems: Problem[] = [];
  const name = `${checklist.id} ${checklist.version}`;
  const ref = request.checklist;
  if (ref.id !== checklist.id || ref.version !== checklist.version) {
    problems.push(problem('checklist', 'checklist-mismatch', { named: `${ref.id} ${ref.version}`, used: name }));
  }
  const known = new Set(checklist.items.map((item) => item.id));
  request.items.forEach((id, index) => {
    if (!known.has(id)) problems.push(problem(`items[${index}]`, 'question-unknown', { id, checklist: name }));
  });
  problems.push(...profileProblems(request.profile, checklist, 'profile'));
  return problems;
}

/**
 * A new request as the builder screen starts it: the items that apply to the profile
 * pre-selected, their red-flag items as deal-breakers, nothing mandatory yet. The
 * buyer's organisation and the procurement title are still to be filled in, so this
 * is a draft input, validated by `RequestSchema` when saved.
 */
export function newRequestDraft(args: { id: string; at: string; checklist: Checklist; ref: ChecklistRef; profile: TriageAnswers }): RequestInput {
  const items = defaultRequestItems(args.checklist, args.profile);
  return {
    schemaVersion: REQUEST_SCHEMA_VERSION,
    id: args.id,
    createdAt: args.at,
    buyer: { organisation: '', contact: '' },
    procurement: { title: '', reference: '', stage: 'tender' },
    checklist: args.ref,
    profile: structuredClone(args.profile),
    items,
    customQuestions: [],
    mandatory: [],
    dealBreakers: defaultDealBreakers(args.checklist, items),
    instructions: '',
    deadline: '',
  };
}
