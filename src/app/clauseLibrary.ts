import { authorZodIssues, compareVersions, detail, ProblemError, problemsToText } from '../domain';
import { englishProblemText } from '../words/problems';
import { ClauseLibrarySchema, type ClauseLibrary } from '../domain/procurement';

/**
 * The clause libraries bundled with the app (`checklists/clauses/<version>/clauses.json`),
 * each in a lazy chunk: only the decision screen loads one. A decision names the library
 * id and version it drew on; released versions never change, so the report resolves the
 * same citations later. The build validates the content (tests/unit/content/clauses.test.ts);
 * it is parsed again here because decisions depend on it.
 */
const libraries = import.meta.glob<unknown>('../../checklists/clauses/*/clauses.json', { import: 'default' });

const versionOf = (path: string) => path.split('/').at(-2) ?? '';

const cache = new Map<string, Promise<ClauseLibrary>>();

/** One version of the clause library; without a version, the newest (what new decisions use). */
export function loadClauseLibrary(version?: string): Promise<ClauseLibrary> {
  const versions = Object.keys(libraries).map(versionOf).sort(compareVersions);
  const chosen = version ?? versions.at(-1);
  const path = Object.keys(libraries).find((p) => versionOf(p) === chosen);
  if (!chosen || !path) {
    const found = detail('clause-library-unknown', { version: version ?? '', available: versions });
    return Promise.reject(new ProblemError(found, englishProblemText(found)));
  }
  let pending = cache.get(chosen);
  if (!pending) {
    pending = libraries[path]!().then((raw) => {
      const parsed = ClauseLibrarySchema.safeParse(raw);
      if (!parsed.success) throw new Error(`The clause library ${chosen} is damaged: ${problemsToText(authorZodIssues(parsed.error.issues))}`);
      return parsed.data;
    });
    cache.set(chosen, pending);
    pending.catch(() => cache.delete(chosen));
  }
  return pending;
}
