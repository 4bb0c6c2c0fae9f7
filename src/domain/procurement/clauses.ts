import { z } from 'zod';
import { matching, patterned } from '../problems';
import { CitationSchema, HrbaPrincipleSchema, PiPrincipleSchema } from '../checklist/citations';
import { ItemIdSchema } from '../checklist/schema';
import { citationProblem, type SourcesRegistry } from '../checklist/sources';
import type { Checklist } from '../checklist/schema';
import type { AuthorProblem as Problem } from '../checklist/authorProblems';

/**
 * The clause library (issue 8, "Decision"): contract clauses a buyer can attach as
 * conditions to an approval, derived from Privacy International's six principles and
 * UNGPs 5, 6 and 8. Content, versioned like a checklist (checklists/clauses/<version>/),
 * citing the same sources registry. The text is a template the buyer edits in the
 * decision; the library itself never changes once released.
 */
export const CLAUSE_TOPICS = [
  'contract-transparency',
  'audit-access',
  'data-ownership-return',
  'hrdd-obligations',
  'independent-oversight',
  'remedy-grievance',
  'termination-misuse',
  'sub-processors',
  'purpose-legality',
] as const;
export const ClauseTopicSchema = z.enum(CLAUSE_TOPICS);
export type ClauseTopic = z.infer<typeof ClauseTopicSchema>;

export const ClauseIdSchema = patterned(/^CL-\d{2}$/, 'CL-01');

export const ClauseSchema = z.strictObject({
  /** Stable forever, like item ids: a decision names the clauses it drew on. */
  id: ClauseIdSchema,
  topic: ClauseTopicSchema,
  title: z.string().min(5).max(200),
  /** The clause as a template; "the Authority" is the buyer, "the Supplier" the vendor. */
  text: z.string().min(50).max(5000),
  /** The checklist items (hence findings, keyed by item) the clause answers. */
  items: z.array(ItemIdSchema).min(1),
  /** Of those, the red-flag items whose flag the clause is a condition for. */
  redFlags: z.array(ItemIdSchema).default([]),
  principles: z.strictObject({ hrba: z.array(HrbaPrincipleSchema).min(1), pi: z.array(PiPrincipleSchema).min(1) }),
  citations: z.array(CitationSchema).min(1),
  /** Which measures in the text are good practice not found in the cited sources (see checklists/README.md). */
  goodPractice: z.string().min(10).optional(),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const ClauseLibrarySchema = z
  .strictObject({
    formatVersion: z.literal(1),
    id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'hrba-tech'),
    version: matching(/^\d+\.\d+\.\d+$/, '1.0.0'),
    title: z.string().min(1),
    description: z.string().min(1),
    language: z.string().min(2),
    /** The checklist whose item ids the clauses name. */
    checklist: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
    clauses: z.array(ClauseSchema).min(1),
  })
  .superRefine((library, ctx) => {
    const seen = new Set<string>();
    library.clauses.forEach((clause, index) => {
      if (seen.has(clause.id)) ctx.addIssue({ code: 'custom', path: ['clauses', index, 'id'], message: `clause id "${clause.id}" is used twice` });
      seen.add(clause.id);
      clause.redFlags.forEach((id, k) => {
        if (!clause.items.includes(id)) ctx.addIssue({ code: 'custom', path: ['clauses', index, 'redFlags', k], message: `"${id}" is a red flag the clause answers, so list it under items too` });
      });
    });
  });
export type ClauseLibrary = z.infer<typeof ClauseLibrarySchema>;

/** What a library names that its checklist or the sources registry does not have. */
export function clauseLibraryProblems(library: ClauseLibrary, checklist: Checklist, registry: SourcesRegistry): Problem[] {
  const problems: Problem[] = [];
  const items = new Map(checklist.items.map((item) => [item.id, item]));
  library.clauses.forEach((clause, index) => {
    const at = `clauses[${index}]`;
    clause.items.forEach((id, k) => {
      if (!items.has(id)) problems.push({ path: `${at}.items[${k}]`, message: `names "${id}", which ${checklist.id} ${checklist.version} does not have` });
    });
    clause.redFlags.forEach((id, k) => {
      if (items.has(id) && !items.get(id)?.redFlag) problems.push({ path: `${at}.redFlags[${k}]`, message: `"${id}" is not a red-flag item` });
    });
    clause.citations.forEach((citation, k) => {
      const problem = citationProblem(citation, registry);
      if (problem) problems.push({ path: `${at}.citations[${k}]`, message: problem });
    });
  });
  return problems;
}
