import type { Assessment } from '../assessment/schema';
import type { Checklist, TriageQuestion } from '../checklist/schema';
import type { TriageValue } from '../checklist/rules';
import type { Problem } from '../problems';

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
    if (!items.has(id)) problems.push({ path: `answers.${id}`, message: `answers a question that ${name} does not have` });
  }
  for (const key of Object.keys(assessment.findings)) {
    if (!key.startsWith('F-') && !items.has(key)) {
      problems.push({ path: `findings.${key}`, message: `is a finding on a question that ${name} does not have` });
    }
  }
  const findingKeys = (key: string) => (key.startsWith('F-') ? key in assessment.findings : items.has(key));
  assessment.actions.forEach((action, index) => {
    action.findingKeys.forEach((key, k) => {
      if (!findingKeys(key)) problems.push({ path: `actions[${index}].findingKeys[${k}]`, message: `links to finding "${key}", which this assessment does not have` });
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
    const problem = question ? triageValueProblem(question, value) : `is not a profile question of ${checklist.id} ${checklist.version}`;
    if (problem) problems.push({ path: `${path}.${id}`, message: problem });
  }
  return problems;
}

function triageValueProblem(question: TriageQuestion, value: TriageValue): string | null {
  const options = new Set(question.options.map((o) => o.value));
  const unknown = (v: string) => `"${v.slice(0, 60)}" is not one of its options (${[...options].join(', ')})`;
  switch (question.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : 'expected yes or no (true or false)';
    case 'text':
      return typeof value === 'string' ? null : 'expected text';
    case 'single':
      if (typeof value !== 'string') return 'expected one option';
      return options.has(value) ? null : unknown(value);
    case 'multi': {
      if (!Array.isArray(value)) return 'expected a list of options';
      const bad = value.find((v) => !options.has(v));
      if (bad !== undefined) return unknown(bad);
      return new Set(value).size === value.length ? null : 'names the same option twice';
    }
  }
}
