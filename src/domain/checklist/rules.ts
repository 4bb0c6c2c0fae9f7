import { z } from 'zod';
import { bounded, LIMITS } from '../limits';
import { userText } from '../text/userText';

/**
 * The applicability rule language: a small declarative JSON tree evaluated here,
 * never by `eval`. Every leaf reads one triage answer or one module.
 *
 *   { "all": [R, …] }  { "any": [R, …] }  { "not": R }
 *   { "answer": "<question>", "is": <string | boolean> }
 *   { "answer": "<question>", "includesAny": ["<option>", …] }
 *   { "module": "<module id>" }
 */
export type Rule =
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }
  | { answer: string; is: string | boolean }
  | { answer: string; includesAny: string[] }
  | { module: string };

export const RuleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(RuleSchema).min(1) }),
    z.strictObject({ any: z.array(RuleSchema).min(1) }),
    z.strictObject({ not: RuleSchema }),
    z.strictObject({ answer: z.string().min(1), is: z.union([z.string(), z.boolean()]) }),
    z.strictObject({ answer: z.string().min(1), includesAny: z.array(z.string()).min(1) }),
    z.strictObject({ module: z.string().min(1) }),
  ]),
);

/** A triage answer: an option (single), options (multi), yes/no (boolean) or free text. */
export const TriageValueSchema = z.union([
  userText(2000),
  z.boolean(),
  bounded(z.array(z.string().max(200)), LIMITS.triageOptions),
]);
export type TriageValue = z.infer<typeof TriageValueSchema>;
export type TriageAnswers = Record<string, TriageValue>;

export interface RuleContext {
  triage: TriageAnswers;
  activeModules: ReadonlySet<string>;
}

/** An unanswered question satisfies no leaf: rules never guess an answer. */
export function evaluateRule(rule: Rule, ctx: RuleContext): boolean {
  if ('all' in rule) return rule.all.every((r) => evaluateRule(r, ctx));
  if ('any' in rule) return rule.any.some((r) => evaluateRule(r, ctx));
  if ('not' in rule) return !evaluateRule(rule.not, ctx);
  if ('module' in rule) return ctx.activeModules.has(rule.module);
  const value = ctx.triage[rule.answer];
  if (value === undefined) return false;
  if ('is' in rule) return value === rule.is;
  const chosen = Array.isArray(value) ? value : [String(value)];
  return rule.includesAny.some((option) => chosen.includes(option));
}

/** Every question id and module id a rule reads, so validation can check they exist. */
export function ruleReferences(rule: Rule): { answers: { question: string; values: (string | boolean)[] }[]; modules: string[] } {
  const answers: { question: string; values: (string | boolean)[] }[] = [];
  const modules: string[] = [];
  const walk = (r: Rule): void => {
    if ('all' in r) r.all.forEach(walk);
    else if ('any' in r) r.any.forEach(walk);
    else if ('not' in r) walk(r.not);
    else if ('module' in r) modules.push(r.module);
    else if ('is' in r) answers.push({ question: r.answer, values: [r.is] });
    else answers.push({ question: r.answer, values: r.includesAny });
  };
  walk(rule);
  return { answers, modules };
}
