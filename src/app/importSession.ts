import { describeSide, problem, replaceLoss, type Assessment, type AssessmentSide, type Problem, type ReplaceLoss } from '../domain';
import type { AssessmentRepository } from '../db';
import { checkImportFile, type ImportProgress, type ImportSource } from './importFile';

/** Where an import stands after each step; plain data, so it crosses from the worker cheaply. */
export type ImportOutcome =
  | { step: 'failed'; problems: Problem[] }
  /** Already stored: what a person needs to choose, as counts and dates (never the assessments themselves). */
  | { step: 'conflict'; stored: AssessmentSide; incoming: AssessmentSide; loss: ReplaceLoss }
  | { step: 'stored'; id: string; productName: string; replaced: boolean };

/** The person's answer to a conflict: a copy under a new id, or replace the stored one. */
export type ImportChoice = { as: 'copy'; newId: string } | { as: 'replace' };

export type ImportRepository = Pick<AssessmentRepository, 'exists' | 'get' | 'importAssessment'>;

export interface ImportSession {
  /** `signal`: where the session runs on the page, Cancel must stop it before it stores. */
  start(file: Blob, onProgress: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportOutcome>;
  choose(choice: ImportChoice, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome>;
}

/**
 * One import from file to store: check, compare with what is stored, store. In the app
 * all of it runs in the import worker, which keeps the checked assessment between
 * `start` and `choose`, so the page never parses, clones or writes the large object;
 * it only receives the small outcome. Where no worker runs, the same steps run on the page.
 */
export function importSession(repo: ImportRepository): ImportSession {
  let pending: { assessment: Assessment; source: ImportSource } | null = null;

  async function store(assessment: Assessment, source: ImportSource, replace: boolean, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    onProgress({ phase: 'storing' });
    try {
      const saved = await repo.importAssessment(assessment, { replace, ...source });
      return { step: 'stored', id: saved.id, productName: saved.subject.productName, replaced: replace };
    } catch (e) {
      return { step: 'failed', problems: [problem('', 'storage-failed', { detail: (e as Error).message })] };
    }
  }

  return {
    async start(file, onProgress, signal) {
      const checked = await checkImportFile(file, onProgress);
      if (!checked.ok) return { step: 'failed', problems: checked.problems };
      if (signal?.aborted) return { step: 'failed', problems: [problem('', 'import-cancelled')] };
      const { assessment, source } = checked;
      // A damaged stored row cannot be compared; storing then refuses to overwrite it.
      const stored = (await repo.exists(assessment.id)) ? await repo.get(assessment.id).catch(() => null) : null;
      if (!stored) return store(assessment, source, false, onProgress);
      pending = { assessment, source };
      return { step: 'conflict', stored: describeSide(stored), incoming: describeSide(assessment), loss: replaceLoss(stored, assessment) };
    },
    async choose(choice, onProgress) {
      if (!pending) return { step: 'failed', problems: [problem('', 'import-not-waiting')] };
      const { assessment, source } = pending;
      pending = null;
      if (choice.as === 'replace') return store(assessment, source, true, onProgress);
      return store(asCopy(assessment, choice.newId), source, false, onProgress);
    },
  };
}

/** The incoming assessment under a new id, named so the two can be told apart in the list. */
export function asCopy(a: Assessment, newId: string): Assessment {
  return { ...a, id: newId, subject: { ...a.subject, productName: `${a.subject.productName} (imported)`.slice(0, 200) } };
}
