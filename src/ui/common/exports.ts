import { makeHrbaFile, serializeHrbaFile, HRBA_FILE_EXTENSION, type Assessment } from '../../domain';
import { APP_NAME, APP_VERSION } from '../../app/services';
import { loadChecklist } from '../../app/checklistCatalog';
import { downloadBlob, fileNameFor } from './download';

export function exportAssessmentJson(assessment: Assessment, now: Date): void {
  const file = makeHrbaFile(assessment, { name: APP_NAME, version: APP_VERSION }, now.toISOString());
  const blob = new Blob([serializeHrbaFile(file)], { type: 'application/json' });
  downloadBlob(blob, fileNameFor(assessment.subject.productName, now, HRBA_FILE_EXTENSION));
}

/** jsPDF and the report renderer load only here, on the first export. */
export async function exportAssessmentPdf(assessment: Assessment, now: Date): Promise<void> {
  const start = performance.now();
  const [{ renderAnswersPdf }, { buildAnswersReport }, loaded] = await Promise.all([
    import('../../report/answersPdf'),
    import('../../domain/report/answersReport'),
    loadChecklist(assessment.checklist.id),
  ]);
  const model = await buildAnswersReport(assessment, loaded.checklist, loaded.registry, now);
  const bytes = renderAnswersPdf(model);
  // Read by `npm run bench`: model + layout + PDF bytes, once the code is loaded.
  performance.measure('hrba:pdf-export', { start, end: performance.now() });
  downloadBlob(new Blob([bytes], { type: 'application/pdf' }), fileNameFor(assessment.subject.productName, now, '.pdf'));
}
