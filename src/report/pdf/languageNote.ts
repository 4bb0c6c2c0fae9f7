import type { FullReport } from '../../domain/report/fullReport';
import type { LanguageState } from '../../i18n/language';
import { checklistLanguageLines } from '../checklistLanguageWords';
import type { Layout } from './layout';

/** On the cover, after the checklist's fields: the language its questions are quoted in, and the languages it was answered in. */
export function drawChecklistLanguage(layout: Layout, report: FullReport, language?: LanguageState): void {
  const lines = checklistLanguageLines(report, language);
  if (lines.length === 0) return;
  layout.space(4);
  for (const line of lines) layout.paragraph(line, { after: 1.5 });
}
