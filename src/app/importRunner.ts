import { checkImportFile, type ImportCheck, type ImportProgress } from './importFile';
import type { ImportWorkerMessage } from './importWorker';
import { startImportWorker } from './importWorkerStart';

export interface RunningImport {
  result: Promise<ImportCheck | 'cancelled'>;
  cancel: () => void;
}

/**
 * Checks a file off the main thread: a dedicated module worker reads, parses and
 * validates it while the page stays responsive; Cancel terminates the worker at once.
 * Where there is no worker (the single-file build, tests in jsdom), the same check runs
 * in place: reading still yields between chunks, but parsing and validating run in one go.
 */
export function startImportCheck(file: File, onProgress: (p: ImportProgress) => void): RunningImport {
  const worker = startImportWorker();
  if (!worker) return inPlace(file, onProgress);
  let settle: (value: ImportCheck | 'cancelled') => void = () => {};
  let heard = false;
  let fallback: RunningImport | null = null;
  const result = new Promise<ImportCheck | 'cancelled'>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    heard = true;
    if (event.data.type === 'progress') onProgress(event.data.progress);
    else {
      settle(event.data.result);
      worker.terminate();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (heard) {
      settle({ ok: false, problems: [{ path: '(file)', message: `could not be checked: ${event.message || 'the import worker stopped'}` }] });
      return;
    }
    // A worker that never started (a host that blocks workers): check in place instead.
    fallback = inPlace(file, onProgress);
    void fallback.result.then(settle);
  };
  worker.postMessage(file);
  return {
    result,
    cancel: () => {
      worker.terminate();
      fallback?.cancel();
      settle('cancelled');
    },
  };
}

function inPlace(file: File, onProgress: (p: ImportProgress) => void): RunningImport {
  let cancelled = false;
  return {
    result: checkImportFile(file, onProgress).then((r) => (cancelled ? 'cancelled' : r)),
    cancel: () => {
      cancelled = true;
    },
  };
}
