import type { AuthorProblem as Problem } from './authorProblems';
import type { Checklist } from './schema';

/** The content policy that asks for help on every profile choice and a gap title on every item. */
export const HELP_AND_GAP_TITLES_POLICY = 3;

/**
 * What a checklist written to policy 3 must carry, checked wherever a checklist is loaded (the
 * build, the CLI lint, the app): help with examples under every option of a choice question and
 * under every yes/no question (people read "public service" or "automated decision-making"
 * differently), and on every item a title that names the gap, so a finding never reads as the
 * question ("Have you…?"). Earlier policies leave both optional: released versions are frozen.
 */
export function policyProblems(checklist: Checklist): Problem[] {
  if ((checklist.policy ?? 1) < HELP_AND_GAP_TITLES_POLICY) return [];
  const problems: Problem[] = [];
  const why = `policy ${HELP_AND_GAP_TITLES_POLICY}`;
  checklist.triage.forEach((q, i) => {
    if (q.kind === 'boolean' && !q.help) problems.push({ path: `triage[${i}] (${q.id}).help`, message: `a yes/no profile question explains what counts as yes, with examples (${why})` });
    q.options.forEach((o, j) => {
      if (!o.help) problems.push({ path: `triage[${i}] (${q.id}).options[${j}] (${o.value}).help`, message: `every profile option says what it covers, with examples (${why})` });
    });
  });
  checklist.items.forEach((item, i) => {
    if (!item.gapTitle) problems.push({ path: `items[${i}] (${item.id}).gapTitle`, message: `every item has a title that names the gap, for its finding (${why})` });
  });
  return problems;
}
