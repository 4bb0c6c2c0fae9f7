import { z } from 'zod';
import { detail, issueDetail, problemIssue } from './problems';

/**
 * Collections are counted before their elements are checked: a file with a million
 * entries is refused in one step instead of after a million element checks.
 * zod's own `.max()` on arrays runs after every element has been parsed, hence this.
 */
export function bounded<T extends z.ZodType>(schema: T, max: number): T {
  const guarded = z.preprocess((value, ctx) => {
    const count = Array.isArray(value)
      ? value.length
      : typeof value === 'object' && value !== null
        ? Object.keys(value).length
        : -1;
    if (count > max) {
      ctx.addIssue(problemIssue(detail('count-over-limit', { count, max })));
      return z.NEVER;
    }
    return value;
  }, schema);
  // The guard only refuses; it never changes the value, so the schema's own types stand.
  return guarded as unknown as T;
}

/** Refuses a second entry with the same id, naming where the first one is. */
export function uniqueIds<T extends { id: string }>(list: readonly T[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, index);
    else ctx.addIssue(problemIssue(detail('duplicate-id', { id: entry.id.slice(0, 100), first }), [index, 'id']));
  });
}

/** The most of each collection an assessment may hold (also bounded by the checklist when one is known). */
export const LIMITS = {
  answers: 2000,
  findings: 2000,
  triageKeys: 200,
  triageOptions: 200,
  actions: 1000,
  tradeoffs: 500,
  stakeholders: 1000,
  benefits: 500,
  evidencePerAnswer: 200,
  findingKeysPerAction: 50,
  tags: 40,
} as const;

/**
 * A long list whose elements are checked one by one, stopping after `stopAfter` bad
 * ones: zod would check every element and report every issue, and a trail of 200,000
 * empty objects then took 35 s and listed 1,200,000 problems. Three bad ones keep the
 * message short enough to be shown whole (the app lists 20 problems). Counted first, like `bounded`.
 */
export function checkedList<T extends z.ZodType>(element: T, max: number, stopAfter = 3) {
  return bounded(z.array(z.unknown()), max).transform((list, ctx): z.output<T>[] => {
    const out: z.output<T>[] = [];
    let bad = 0;
    for (let i = 0; i < list.length; i++) {
      const checked = element.safeParse(list[i]);
      if (checked.success) {
        out.push(checked.data);
        continue;
      }
      for (const issue of checked.error.issues) ctx.addIssue(problemIssue(issueDetail(issue), [i, ...issue.path]));
      if (++bad === stopAfter && i < list.length - 1) {
        ctx.addIssue(problemIssue(detail('not-checked-after', { count: list.length - i - 1, index: i }), []));
        break;
      }
    }
    return bad > 0 ? z.NEVER : out;
  });
}
