/**
 * Starts the import worker. Kept in its own module so the single-file build can
 * swap it for `importWorkerStart.single.ts`: Vite emits a separate file for every
 * `new Worker(new URL(…))` it sees, even behind a condition, and the single file
 * must stay one file. Asynchronous because that copy prepares its worker's script in slices.
 */
export async function startImportWorker(): Promise<Worker | null> {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'hrba-import' });
}
