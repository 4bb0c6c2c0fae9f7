import { problem } from '../domain/problems';
import type { ImportProgress } from './importFile';
import type { ImportChoice, ImportOutcome, ImportRepository } from './importSession';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorker';
import { startImportWorker } from './importWorkerStart';

export type ImportStep = ImportOutcome | 'cancelled';

export interface RunningImport {
  /** The outcome of checking the file (and storing it, unless it is already stored). */
  result: Promise<ImportStep>;
  /** After a conflict: store as the person chose. */
  choose: (choice: ImportChoice) => Promise<ImportStep>;
  /** Stops at once; before storing begins nothing has been written, and a write under way is one transaction. */
  cancel: () => void;
}

/**
 * Where an import ran, as a User Timing mark on the page (`performance.getEntriesByName`):
 * the end-to-end tests and the bench read it to tell a worker import from one on the page.
 */
export const IMPORT_MARKS = { worker: 'hrba-import:worker', page: 'hrba-import:page' } as const;
// jsdom (the component tests) has no User Timing.
const mark = (name: string) => (typeof performance.mark === 'function' ? performance.mark(name) : undefined);

/**
 * Imports a file off the main thread: a dedicated module worker reads, checks and
 * stores it (see importWorker.ts; in the single-file build the page's own script run as
 * a worker) while the page stays responsive; Cancel terminates the worker. Where there
 * is no worker (tests in jsdom, a host that blocks workers), the same session runs on the
 * page, loaded on first use: reading still yields between chunks, but parsing, checking
 * and storing each run in one go.
 */
export function startImport(file: File, repo: ImportRepository, onProgress: (p: ImportProgress) => void): RunningImport {
  let run: RunningImport | null = null;
  let cancelled = false;
  // A worker that cannot be made (no Worker, a policy refusing its script): import on the page.
  const started = startImportWorker()
    .catch(() => null)
    .then((worker) => {
      if (cancelled) {
        worker?.terminate();
        return null;
      }
      return (run = worker ? inWorker(worker, file, repo, onProgress) : inPlace(file, repo, onProgress));
    });
  return {
    result: started.then((r): ImportStep | Promise<ImportStep> => r?.result ?? 'cancelled'),
    // A choice follows a conflict, which only a started import reports.
    choose: (choice) => (run && !cancelled ? run.choose(choice) : Promise.resolve('cancelled')),
    cancel: () => {
      cancelled = true;
      run?.cancel();
    },
  };
}

function inWorker(worker: Worker, file: File, repo: ImportRepository, onProgress: (p: ImportProgress) => void): RunningImport {
  let settle: (value: ImportStep) => void = () => {};
  let heard = false;
  let fallback: RunningImport | null = null;
  let cancelled = false;
  const next = () => new Promise<ImportStep>((resolve) => (settle = resolve));
  const send = (request: ImportWorkerRequest) => worker.postMessage(request);
  const result = next();
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    if (!heard) mark(IMPORT_MARKS.worker);
    heard = true;
    if (event.data.type === 'progress') onProgress(event.data.progress);
    else {
      // A conflict keeps the worker (and the checked assessment in it) for the choice.
      if (event.data.outcome.step !== 'conflict') worker.terminate();
      settle(event.data.outcome);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (heard) {
      settle({ step: 'failed', problems: [problem('', 'import-stopped', { detail: event.message || '' })] });
      return;
    }
    // A worker that never started (a host that blocks workers): import on the page instead.
    fallback = inPlace(file, repo, onProgress);
    void fallback.result.then(settle);
  };
  send({ type: 'start', file });
  return {
    result,
    choose: (choice) => {
      if (fallback) return fallback.choose(choice);
      if (cancelled) return Promise.resolve('cancelled');
      const outcome = next();
      send({ type: 'choose', choice });
      return outcome;
    },
    cancel: () => {
      cancelled = true;
      worker.terminate();
      fallback?.cancel();
      settle('cancelled');
    },
  };
}

function inPlace(file: File, repo: ImportRepository, onProgress: (p: ImportProgress) => void): RunningImport {
  const stop = new AbortController();
  mark(IMPORT_MARKS.page);
  const session = import('./importSession').then((m) => m.importSession(repo));
  const unlessCancelled = (outcome: ImportOutcome): ImportStep => (stop.signal.aborted ? 'cancelled' : outcome);
  return {
    result: session.then((s) => s.start(file, (p) => !stop.signal.aborted && onProgress(p), stop.signal)).then(unlessCancelled),
    choose: (choice) => (stop.signal.aborted ? Promise.resolve('cancelled') : session.then((s) => s.choose(choice, onProgress)).then(unlessCancelled)),
    cancel: () => stop.abort(),
  };
}
