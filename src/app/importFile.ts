import { checklistMismatches, checklistRefProblem, hrbaFileSizeProblem, restoreHrbaFileBytes, type Assessment, type Problem, type TrailEvent } from '../domain';
import { availableChecklistRefs, loadChecklist } from './checklistCatalog';

/** What the import event records about the file: the trail it carried and its format version. */
export type ImportSource = { trail: readonly TrailEvent[]; formatVersion: number };
export type ImportCheck = { ok: true; assessment: Assessment; source: ImportSource } | { ok: false; problems: Problem[] };
export type ImportProgress = { phase: 'reading'; done: number; total: number } | { phase: 'checking' } | { phase: 'storing' };

/**
 * Everything an import does before it stores anything: the size the browser reports
 * (before reading a byte), the bytes read in chunks (so progress can be shown), the one
 * restore function, the checklist the file names (the same version and content, from
 * the catalogue), and nothing that checklist does not know. Runs in a Web Worker in the
 * app, so a large file never freezes the page; in place where workers do not exist.
 */
export async function checkImportFile(file: Blob, onProgress: (p: ImportProgress) => void = () => {}): Promise<ImportCheck> {
  const tooBig = hrbaFileSizeProblem(file.size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const bytes = await readAll(file, onProgress);
  // The file may have grown between the size check and the read.
  const grown = hrbaFileSizeProblem(bytes.byteLength);
  if (grown) return { ok: false, problems: [grown] };
  onProgress({ phase: 'checking' });
  // Where this runs on the page (the single-file build), let "Checking" paint first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const restored = restoreHrbaFileBytes(bytes);
  if (!restored.ok) return restored;
  const ref = restored.file.checklist;
  const refProblem = checklistRefProblem(ref, await availableChecklistRefs());
  if (refProblem) return { ok: false, problems: [{ path: 'checklist', ...refProblem }] };
  const { checklist } = await loadChecklist(ref.id, ref.version);
  const mismatches = checklistMismatches(restored.file.assessment, checklist);
  if (mismatches.length > 0) return { ok: false, problems: mismatches.map((p) => ({ ...p, path: `assessment.${p.path}` })) };
  return { ok: true, assessment: restored.file.assessment, source: { trail: restored.file.trail, formatVersion: restored.fromVersion } };
}

async function readAll(file: Blob, onProgress: (p: ImportProgress) => void): Promise<Uint8Array> {
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const total = file.size;
  const out = new Uint8Array(total);
  let done = 0;
  // Progress once per percent, not per chunk: each report is a message and a render on the page.
  let shown = -1;
  const reader = file.stream().getReader();
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    if (done + value.byteLength > total) {
      // Longer than announced: stop reading and let the size check refuse it.
      await reader.cancel();
      return new Uint8Array(total + 1);
    }
    out.set(value, done);
    done += value.byteLength;
    const percent = Math.floor((done * 100) / Math.max(total, 1));
    if (percent !== shown) onProgress({ phase: 'reading', done, total });
    shown = percent;
  }
  return out.subarray(0, done);
}
