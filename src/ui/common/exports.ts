import { makeHrbaFile, serializeHrbaFile, HRBA_FILE_EXTENSION, type Assessment, type Checklist, type TrailEvent } from '../../domain';
import type { LocalizedChecklist } from '../../domain/checklist/translation';
import type { FullReport } from '../../domain/report/fullReport';
import { APP_NAME, APP_VERSION } from '../../app/services';
import { loadChecklist } from '../../app/checklistCatalog';
import { downloadBlob, fileNameFor } from './download';
import { languageState, type LanguageState } from '../../i18n/language';
import type { Locale } from '../../i18n/locales';

/** `trail` comes from `exportTrail`, which seals its head: a file that has left must stay verifiable. */
export function exportAssessmentJson(assessment: Assessment, now: Date, trail: readonly TrailEvent[]): void {
  const file = makeHrbaFile(assessment, { name: APP_NAME, version: APP_VERSION }, now.toISOString(), trail);
  const blob = new Blob([serializeHrbaFile(file)], { type: 'application/json' });
  downloadBlob(blob, fileNameFor(assessment.subject.productName, now, HRBA_FILE_EXTENSION));
}

/**
 * The checklist's translation into `language`, for a report to quote its questions in; null for
 * English, for a language nobody has translated the checklist into, or when it fails to load
 * (the report then quotes the English, and says nothing it cannot back).
 */
export async function reportTranslation(checklist: Checklist, language: Locale): Promise<LocalizedChecklist | null> {
  if (language === 'en') return null;
  try {
    const { checklistLanguages, localizedChecklist } = await import('../../app/checklistTranslations');
    return checklistLanguages(checklist.id).includes(language) ? await localizedChecklist(checklist, language) : null;
  } catch (error) {
    console.warn(`The checklist's ${language} translation could not be loaded; the report quotes the English:`, error);
    return null;
  }
}

/** The report model, quoting the checklist in `language` where it has a fresh translation. */
async function buildReport(assessment: Assessment, now: Date, language: LanguageState, trail?: readonly TrailEvent[]): Promise<FullReport> {
  const [{ buildFullReport }, loaded] = await Promise.all([import('../../domain/report/fullReport'), loadChecklist(assessment.checklist.id, assessment.checklist.version)]);
  const translation = await reportTranslation(loaded.checklist, language.locale);
  return buildFullReport(assessment, loaded.checklist, loaded.registry, now, trail, translation ?? undefined);
}

/** jsPDF, the fonts and the report renderer load only here, on the first export. */
export async function exportAssessmentPdf(assessment: Assessment, now: Date, trail?: readonly TrailEvent[]): Promise<void> {
  const start = performance.now();
  // The report is in the interface's language: its headings, and the checklist's questions where translated.
  const language = languageState();
  const [{ renderFullReportPdf, pdfText }, { loadReportFonts }, report] = await Promise.all([
    import('../../report/fullPdf'),
    import('../../report/fontsBrowser'),
    buildReport(assessment, now, language, trail),
  ]);
  // Only the fonts this report's scripts need are fetched (a Chinese name brings the CJK font).
  const bytes = renderFullReportPdf(report, await loadReportFonts(pdfText(report, language)), { tool: `${APP_NAME} ${APP_VERSION}`, language });
  // Read by `npm run bench`: model + fonts + layout + PDF bytes (the first export also loads the code and fonts).
  performance.measure('hrba:pdf-export', { start, end: performance.now() });
  downloadBlob(new Blob([bytes], { type: 'application/pdf' }), fileNameFor(assessment.subject.productName, now, '.pdf'));
}

/** The accessible HTML report: one self-contained file, no script. */
export async function exportAssessmentHtml(assessment: Assessment, now: Date, trail?: readonly TrailEvent[]): Promise<void> {
  const start = performance.now();
  const language = languageState();
  const [{ renderFullReportHtml }, report] = await Promise.all([import('../../report/html'), buildReport(assessment, now, language, trail)]);
  const text = renderFullReportHtml(report, { language });
  performance.measure('hrba:html-export', { start, end: performance.now() });
  downloadBlob(new Blob([text], { type: 'text/html;charset=utf-8' }), fileNameFor(assessment.subject.productName, now, '.html'));
}
