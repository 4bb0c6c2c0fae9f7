/**
 * The single-file build's stand-in for `importWorkerStart.ts` (swapped in by
 * scripts/build/singleFile.ts). A page opened from file:// has an opaque origin and
 * cannot start a worker from a file, and inlining the worker as a blob would carry a
 * second copy of the checklist catalogue and loosen the hashed CSP. So this copy checks
 * imports on the page itself, yielding between steps (see importRunner.ts).
 */
export function startImportWorker(): Worker | null {
  return null;
}
