import type { Assessment } from '../assessment/schema';
import type { Checklist, TriageQuestion } from '../checklist/schema';
import type { TriageValue } from '../checklist/rules';
import { detail, problem, type Problem, type ProblemDetail } from '../problems';

/**
 * What a valid-looking assessment says that its checklist does not know. Each of
 * these would be stored and hashed (and, once reports are signed, signed) but shown
 * nowhere, or would silently change which questions apply; so an import refuses them,
 * each with its path.
 */
export function checklistMismatches(assessment: Assessment, checklist: Checklist): Problem[] {
  const problems: Problem[] = [];
  const name = `${checklist.id} ${checklist.version}`;
  const items = new Set(checklist.items.map((item) => item.id));
  for (const id of Object.keys(assessment.answers)) {
    if (!items.has(id)) problems.push(problem(`answers.${id}`, 'question-unknown', { id, checklist: name }));
  }
  for (const key of Object.keys(assessment.findings)) {
    if (!key.startsWith('F-') && !items.has(key)) {
      problems.push(problem(`findings.${key}`, 'finding-on-unknown-question', { checklist: name }));
    }
  }
  const findingKeys = (key: string) => (key.startsWith('F-') ? key in assessment.findings : items.has(key));
  assessment.actions.forEach((action, index) => {
    action.findingKeys.forEach((key, k) => {
      if (!findingKeys(key)) problems.push(problem(`actions[${index}].findingKeys[${k}]`, 'finding-unknown', { key }));
    });
  });
  problems.push(...profileProblems(assessment.triage, checklist, 'triage'));
  return problems;
}

/** Profile answers to questions the checklist does not ask, or with options it does not offer. */
export function profileProblems(profile: Readonly<Record<string, TriageValue>>, checklist: Checklist, path: string): Problem[] {
  const problems: Problem[] = [];
  const questions = new Map(checklist.triage.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(profile)) {
    const question = questions.get(id);
    const found = question ? triageValueProblem(question, value) : detail('profile-question-unknown', { checklist: `${checklist.id} ${checklist.version}` });
    if (found) problems.push({ path: `${path}.${id}`, ...found });
  }
  return problems;
}

function triageValueProblem(question: TriageQuestion, value: TriageValue): ProblemDetail | null {
  const options = new Set(question.options.map((o) => o.value));
  const unknown = (v: string) => detail('profile-option-unknown', { value: v.slice(0, 60), options: [...options] });
  switch (question.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : detail('profile-wrong-type', { expected: 'boolean' });
    case 'text':
      return typeof value === 'string' ? null : detail('profile-wrong-type', { expected: 'text' });
    case 'single':
      if (typeof value !== 'string') return detail('profile-wrong-type', { expected: 'single' });
      return options.has(value) ? null : unknown(value);
    case 'multi': {
      if (!Array.isArray(value)) return detail('profile-wrong-type', { expected: 'multi' });
      const bad = value.find((v) => !options.has(v));
      if (bad !== undefined) return unknown(bad);
      return new Set(value).size === value.length ? null : detail('duplicates');
    }
  }
}
