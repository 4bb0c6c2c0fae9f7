import { ruleReferences, type Rule } from './rules';
import { ChecklistSchema, type Checklist } from './schema';
import { citationProblem, type SourcesRegistry } from './sources';
import { authorZodIssues as formatZodIssues, type AuthorProblem as Problem } from './authorProblems';
import { policyProblems } from './policy';

/**
 * Checks a checklist beyond its shape: ids are unique, items sit in their stage,
 * rules read questions, options and modules that exist, and citations, rights and
 * groups resolve. Returns every problem found, never only the first.
 */
export function checklistProblems(checklist: Checklist, registry: SourcesRegistry): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const questions = new Map(checklist.triage.map((q) => [q.id, q]));
  const modules = new Set(checklist.modules.map((m) => m.id));
  const groups = new Set(checklist.groups.map((g) => g.id));

  const checkRule = (rule: Rule, path: string) => {
    const refs = ruleReferences(rule);
    for (const { question, values } of refs.answers) {
      const q = questions.get(question);
      if (!q) {
        add(path, `reads triage question "${question}", which does not exist`);
        continue;
      }
      if (q.kind === 'boolean') {
        if (values.some((v) => typeof v !== 'boolean')) add(path, `"${question}" is a yes/no question: compare it with true or false`);
      } else if (q.kind !== 'text') {
        const known = new Set(q.options.map((o) => o.value));
        for (const v of values) if (!known.has(String(v))) add(path, `"${question}" has no option "${String(v)}"`);
      }
    }
    for (const m of refs.modules) if (!modules.has(m)) add(path, `reads module "${m}", which does not exist`);
  };

  const perspectiveQuestion = questions.get(checklist.perspective.question);
  if (!perspectiveQuestion || perspectiveQuestion.kind !== 'single') {
    add('perspective.question', `must name a single-choice triage question, not "${checklist.perspective.question}"`);
  } else {
    for (const o of perspectiveQuestion.options) {
      if (!Object.hasOwn(checklist.perspective.map, o.value)) add('perspective.map', `says nothing about the answer "${o.value}"`);
    }
  }
  const seenQuestions = new Set<string>();
  checklist.triage.forEach((q, i) => {
    if (seenQuestions.has(q.id)) add(`triage[${i}].id`, `"${q.id}" is used twice`);
    seenQuestions.add(q.id);
    if ((q.kind === 'single' || q.kind === 'multi') && q.options.length < 2) add(`triage[${i}].options`, 'a choice needs at least two options');
  });
  checklist.modules.forEach((m, i) => {
    checkRule(m.activeWhen, `modules[${i}].activeWhen`);
    // Modules are decided from the triage alone, all at once, so one cannot depend on another.
    if (ruleReferences(m.activeWhen).modules.length) add(`modules[${i}].activeWhen`, 'a module is switched on by triage answers only; it cannot read another module');
  });

  const seenItems = new Set<string>();
  checklist.items.forEach((item, i) => {
    const at = `items[${i}] (${item.id})`;
    if (seenItems.has(item.id)) add(`${at}.id`, `"${item.id}" is used twice`);
    seenItems.add(item.id);
    if (item.module && !modules.has(item.module)) add(`${at}.module`, `module "${item.module}" does not exist`);
    if (item.appliesWhen) checkRule(item.appliesWhen, `${at}.appliesWhen`);
    item.groups.forEach((g) => groups.has(g) || add(`${at}.groups`, `group "${g}" is not declared in the checklist`));
    item.rights.forEach((r) => Object.hasOwn(registry.rights, r) || add(`${at}.rights`, `right "${r}" is not in the sources registry`));
    item.citations.forEach((c, j) => {
      const problem = citationProblem(c, registry);
      if (problem) add(`${at}.citations[${j}]`, problem);
    });
  });
  problems.push(...policyProblems(checklist));
  return problems;
}

/** Parses and cross-checks an assembled checklist; the one entry point for checklists from outside. */
export function restoreChecklist(
  input: unknown,
  registry: SourcesRegistry,
): { ok: true; checklist: Checklist } | { ok: false; problems: Problem[] } {
  const parsed = ChecklistSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: formatZodIssues(parsed.error.issues) };
  const problems = checklistProblems(parsed.data, registry);
  return problems.length ? { ok: false, problems } : { ok: true, checklist: parsed.data };
}
