import { ChecklistManifestSchema, ItemFileSchema } from './schema';
import { authorZodIssues as formatZodIssues, type AuthorProblem as Problem } from './authorProblems';

/**
 * Joins a checklist directory (manifest + item files) into one checklist object.
 * `readJson(path)` is supplied by the caller: the app bundles the files, the CLI reads the disk.
 */
export function assembleChecklist(
  manifest: unknown,
  readJson: (relativePath: string) => unknown,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  const m = ChecklistManifestSchema.safeParse(manifest);
  if (!m.success) return { ok: false, problems: formatZodIssues(m.error.issues, ['checklist.json']) };
  const items: unknown[] = [];
  const problems: Problem[] = [];
  for (const file of m.data.itemFiles) {
    const parsed = ItemFileSchema.safeParse(readJson(file));
    if (!parsed.success) problems.push(...formatZodIssues(parsed.error.issues, [file]));
    else items.push(...parsed.data.items);
  }
  if (problems.length) return { ok: false, problems };
  const raw = { ...(manifest as Record<string, unknown>) };
  delete raw.itemFiles;
  return { ok: true, value: { ...raw, items } };
}
