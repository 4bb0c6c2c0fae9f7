import { makeHrbaFile, serializeHrbaFile, HRBA_FILE_EXTENSION, type Assessment, type TrailEvent } from '../../domain';
import type { FullReport } from '../../domain/report/fullReport';
import { APP_NAME, APP_VERSION } from '../../app/services';
import { loadChecklist } from '../../app/checklistCatalog';
import { downloadBlob, fileNameFor } from './download';
import { languageState } from '../../i18n/language';

/** `trail` comes from `exportTrail`, which seals its head: a file that has left must stay verifiable. */
export function exportAssessmentJson(assessment: Assessment, now: Date, trail: readonly TrailEvent[]): void {
  const file = makeHrbaFile(assessment, { name: APP_NAME, version: APP_VERSION }, now.toISOString(), trail);
  const blob = new Blob([serializeHrbaFile(file)], { type: 'application/json' });
  downloadBlob(blob, fileNameFor(assessment.subject.productName, now, HRBA_FILE_EXTENSION));
}

async function buildReport(assessment: Assessment, now: Date, trail?: readonly TrailEvent[]): Promise<FullReport> {
  const [{ buildFullReport }, loaded] = await Promise.all([import('../../domain/report/fullReport'), loadChecklist(assessment.checklist.id, assessment.checklist.version)]);
  return buildFullReport(assessment, loaded.checklist, loaded.registry, now, trail);
}

/** jsPDF, the fonts and the report renderer load only here, on the first export. */
export async function exportAssessmentPdf(assessment: Assessment, now: Date, trail?: readonly TrailEvent[]): Promise<void> {
  const start = performance.now();
  const [{ renderFullReportPdf, pdfText }, { loadReportFonts }, report] = await Promise.all([
    import('../../report/fullPdf'),
    import('../../report/fontsBrowser'),
    buildReport(assessment, now, trail),
  ]);
  // The section headings are in the interface's language.
  const language = languageState();
  // Only the fonts this report's scripts need are fetched (a Chinese name brings the CJK font).
  const bytes = renderFullReportPdf(report, await loadReportFonts(pdfText(report, language)), { tool: `${APP_NAME} ${APP_VERSION}`, language });
  // Read by `npm run bench`: model + fonts + layout + PDF bytes (the first export also loads the code and fonts).
  performance.measure('hrba:pdf-export', { start, end: performance.now() });
  downloadBlob(new Blob([bytes], { type: 'application/pdf' }), fileNameFor(assessment.subject.productName, now, '.pdf'));
}

/** The accessible HTML report: one self-contained file, no script. */
export async function exportAssessmentHtml(assessment: Assessment, now: Date, trail?: readonly TrailEvent[]): Promise<void> {
  const start = performance.now();
  const [{ renderFullReportHtml }, report] = await Promise.all([import('../../report/html'), buildReport(assessment, now, trail)]);
  const text = renderFullReportHtml(report, { language: languageState() });
  performance.measure('hrba:html-export', { start, end: performance.now() });
  downloadBlob(new Blob([text], { type: 'text/html;charset=utf-8' }), fileNameFor(assessment.subject.productName, now, '.html'));
}
