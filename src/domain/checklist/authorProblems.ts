import type { z } from 'zod';
import { formatPath, leafIssues } from '../problems';

/**
 * A problem in checklist content, for its authors: `npm run prebuild` (validate-checklists)
 * and `hrba lint` print these in English. They never reach the app's screens: the app
 * bundles only content that passed them, and reads it as a program (a broken bundle
 * would be a build error, shown only as a technical detail).
 */
export interface AuthorProblem {
  path: string;
  message: string;
}

/** zod issues in zod's own English, with the deepest branch for unions. */
export function authorZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): AuthorProblem[] {
  return leafIssues(issues, prefix).map(({ issue, path }) => ({ path: formatPath(path) || '(top level)', message: issue.message }));
}

export function problemsToText(problems: readonly AuthorProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
