import { restoreHrbaFile } from '../../../src/domain';
import { englishProblemText } from '../../../src/words/problems';
import { buildFullReport } from '../../../src/domain/report/fullReport';
import { loadChecklist } from '../../../src/app/checklistCatalog';
import { loadReportFonts } from '../../../src/report/fontsBrowser';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { renderPlainTextPdf, reportStrings } from '../../../src/report/plainTextPdf';

/**
 * The report bench in the page, like for like: the full report (model, layout
 * and PDF bytes, as "Export PDF" does once its code and fonts are loaded) and the
 * no-layout baseline (jsPDF writing the model's strings), on the same file, fonts
 * and browser, alternating runs after one warm-up of each.
 */
export interface ReportBenchResult {
  full: number[];
  baseline: number[];
  fullBytes: number;
  baselineBytes: number;
  strings: number;
  characters: number;
}

async function run(fileText: string, runs: number): Promise<ReportBenchResult> {
  const restored = restoreHrbaFile(fileText);
  if (!restored.ok) throw new Error(restored.problems.map((p) => englishProblemText(p)).join('\n'));
  const [loaded, fonts] = await Promise.all([loadChecklist(restored.file.checklist.id, restored.file.checklist.version), loadReportFonts()]);
  const fullReport = async () => renderFullReportPdf(await buildFullReport(restored.file.assessment, loaded.checklist, loaded.registry, new Date()), fonts);
  const strings = reportStrings(await buildFullReport(restored.file.assessment, loaded.checklist, loaded.registry, new Date()));
  let fullBytes = (await fullReport()).byteLength;
  let baselineBytes = renderPlainTextPdf(strings, fonts).byteLength;
  const full: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fullBytes = (await fullReport()).byteLength;
    const t1 = performance.now();
    baselineBytes = renderPlainTextPdf(strings, fonts).byteLength;
    const t2 = performance.now();
    full.push(t1 - t0);
    baseline.push(t2 - t1);
  }
  return { full, baseline, fullBytes, baselineBytes, strings: strings.length, characters: strings.reduce((n, s) => n + s.length, 0) };
}

(window as unknown as { hrbaReportBench: { run: typeof run } }).hrbaReportBench = { run };
// Lazy, like the app's Sign screen: the bench counts the JavaScript this import pulls in.
(window as unknown as { hrbaSigningBench: { load: () => Promise<void>; run: (text: string, runs: number) => Promise<unknown> } }).hrbaSigningBench = {
  load: async () => void (await import('./signing')),
  run: async (text, runs) => (await import('./signing')).runSigning(text, runs),
};
document.getElementById('status')!.textContent = 'Ready';
document.body.dataset.ready = 'true';
