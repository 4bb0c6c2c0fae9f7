import type { z } from 'zod';

/** A problem a person can act on: where it is, and what was expected there. */
export interface Problem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** Turns zod issues into problems with the deepest useful message for unions. */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
      // A union failed on every branch: report the branch that got furthest.
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      out.push(...formatZodIssues(best, path));
      continue;
    }
    if (issue.code === 'invalid_key' && issue.issues.length > 0) {
      // A record key failed its own schema: that schema's message is the useful one.
      out.push(...formatZodIssues(issue.issues, path));
      continue;
    }
    out.push({ path: formatPath(path), message: issue.message });
  }
  return out;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

export function problemsToText(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
