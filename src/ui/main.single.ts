/**
 * The single-file build's entry (swapped in for main.tsx by scripts/build/singleFile.ts).
 * The file's one inline script is the whole app. On the page it starts the app; run again
 * as a worker from a Blob URL of its own text (src/app/importWorkerStart.single.ts), it is
 * the import worker instead. So the single file checks imports off the page without
 * carrying a second copy of what the worker needs (zod, Dexie, the checklist catalogue).
 * Both are dynamic imports, which this build inlines as lazy module bodies: only the branch
 * taken runs. The worker's message handler is set in the microtask that follows, before
 * the first message can be delivered (a task).
 */
if (typeof document === 'undefined') void import('../app/importWorker');
else void import('./main');
