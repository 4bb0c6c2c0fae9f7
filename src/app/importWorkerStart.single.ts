import { trustOwnScriptUrl } from './trustedTypes';

/**
 * The single-file build's stand-in for `importWorkerStart.ts` (swapped in by
 * scripts/build/singleFile.ts). A page opened from file:// cannot start a worker from a
 * file, and the build must stay one file; but the page's own inline script is the whole
 * app, and run as a worker it becomes the import worker (src/ui/main.single.ts). So the
 * worker is started from a Blob URL of that script's text: no second copy of the code in
 * the file, and the hashed CSP only adds `worker-src blob:`. Chromium will not start a
 * module worker from a Blob URL a file:// page made, so it is a classic worker, the text
 * wrapped in an async function: strict and scoped as a module is (its top-level names do
 * not land on the worker's global), and the build keeps `import.meta` out of it
 * (scripts/build/singleFile.ts). The Blob URL is made once per page, on the first import
 * (the text is several MB), and is the one script URL the Trusted Types policy accepts
 * here. Where this fails, importRunner.ts checks the import on the page instead.
 */
let ownUrl: Promise<string> | null = null;

export async function startImportWorker(): Promise<Worker | null> {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return null;
  ownUrl ??= scriptBlobUrl().catch((error: unknown) => {
    ownUrl = null;
    throw error;
  });
  return new Worker(await ownUrl, { name: 'hrba-import' });
}

/** Characters encoded per task: the whole script at once (several MB) held the page for up to 1.5 s on a busy machine. */
const SLICE = 256 * 1024;

/** The page's script as a Blob URL, encoded a slice per task so the page keeps responding meanwhile. */
async function scriptBlobUrl(): Promise<string> {
  const source = document.querySelector('script[type="module"]')?.textContent;
  if (!source) throw new Error('the page has no script to start the import worker from');
  const parts: Blob[] = [new Blob(['(async function () {\n"use strict";\n'])];
  for (let at = 0; at < source.length; ) {
    let end = Math.min(at + SLICE, source.length);
    // Each slice is encoded to UTF-8 on its own: a surrogate pair split between two would become two U+FFFD.
    const last = source.charCodeAt(end - 1);
    if (end < source.length && last >= 0xd800 && last <= 0xdbff) end += 1;
    parts.push(new Blob([source.slice(at, end)]));
    at = end;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  parts.push(new Blob(['\n})();\n']));
  const url = URL.createObjectURL(new Blob(parts, { type: 'text/javascript' }));
  trustOwnScriptUrl(url);
  return url;
}
